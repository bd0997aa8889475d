import { createHttpHeaders } from "@azure/core-rest-pipeline";
import createClient from "../../fixtures/out/host-region/index.js";
import type { Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve: () => undefined,
    calls: {
      "fills the host template from its arguments": async () => {
        const client = createClient("contoso", "westus");
        let url = "";
        client.pipeline.addPolicy({
          name: "capture",
          sendRequest: async (request) => {
            url = request.url;
            return { request, status: 200, headers: createHttpHeaders(), bodyAsText: "{}" };
          },
        });
        await client.path("/status").get();
        expect(url).toBe(
          "https://contoso.westus.regional.example.com/status?api-version=2024-01-01",
        );
      },
    },
  };
}
