import createClient, { isUnexpected } from "../../fixtures/out/host-none/index.js";
import type { Scenario } from "./scenario.js";

/** A spec with no host: the endpoint is createClient's first argument. */
export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/notes/n1") return undefined;
      return { status: 200, body: { text: "hello" } };
    },
    calls: {
      "takes the endpoint the spec does not name": async (endpoint) => {
        // No `endpoint` option: the URL is the argument itself.
        const client = createClient(endpoint, {
          allowInsecureConnection: true,
          retryOptions: { maxRetries: 0 },
        });
        const res = await client.path("/notes/{id}", "n1").get();
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body.text).toBe("hello");
      },
    },
  };
}
