import createClient, { isUnexpected } from "../../fixtures/out/host-base-path/index.js";
import { parse, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/language/:analyze-text") return undefined;
      return {
        status: 200,
        body: { language: parse<{ text: string }>(req).text === "bonjour" ? "fr" : "?" },
      };
    },
    calls: {
      "puts the base path of the host template before every route": async (endpoint) => {
        // No `endpoint` option: the URL comes from the host template, `{endpoint}/language`.
        const client = createClient(endpoint, {
          allowInsecureConnection: true,
          retryOptions: { maxRetries: 0 },
        });
        const res = await client.path("/:analyze-text").post({ body: { text: "bonjour" } });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body.language).toBe("fr");
      },
    },
  };
}
