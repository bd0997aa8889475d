import createClient, { isUnexpected } from "../../fixtures/out/credentials/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/secrets") return undefined;
      return { status: 200, body: [String(req.headers["ocp-apim-subscription-key"])] };
    },
    calls: {
      "sends the key in the spec's header": async (endpoint) => {
        const client = createClient(endpoint, { key: "k-123" }, local(endpoint));
        const res = await client.path("/secrets").get();
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toEqual(["k-123"]);
      },
    },
  };
}
