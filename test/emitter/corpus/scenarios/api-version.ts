import createClient, { isUnexpected } from "../../fixtures/out/api-version/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/things" || req.path === "/legacy/things") {
        return { status: 200, body: [req.query.getAll("api-version").join("+")] };
      }
      return undefined;
    },
    calls: {
      "adds the client's api-version, encoded": async (endpoint) => {
        const preview = createClient(endpoint, local(endpoint));
        const odd = createClient(endpoint, { ...local(endpoint), apiVersion: "2024-01-01&x=1" });
        const [a, b] = await Promise.all([
          preview.path("/things").get(),
          odd.path("/things").get(),
        ]);
        if (isUnexpected(a) || isUnexpected(b)) throw new Error("unexpected");
        expect([a.body, b.body]).toEqual([["2024-09-01-preview"], ["2024-01-01&x=1"]]);
      },
      "leaves an operation's own api-version alone": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const res = await client
          .path("/legacy/things")
          .get({ queryParameters: { "api-version": "2019-01-01" } });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toEqual(["2019-01-01"]);
      },
    },
  };
}
