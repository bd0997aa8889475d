import createClient, { isUnexpected, type Settings } from "../../fixtures/out/enums/index.js";
import { json, local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/settings") return undefined;
      const query = `${req.query.get("level")} ${req.query.get("ratio")} ${req.query.get("format")}`;
      expect(query).toBe("2 1.5 json");
      expect(req.headers["x-ms-feature"]).toBe("beta");
      return { status: 200, headers: { "x-ms-level": "2" }, body: json(req) };
    },
    calls: {
      "sends numeric enums and required constants": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const settings: Settings = {
          mode: "auto",
          priority: 30,
          weight: 0.9,
          enabled: true,
          schemaVersion: "v2",
        };
        const res = await client.path("/settings").put({
          queryParameters: { level: 2, ratio: 1.5, format: "json" },
          headers: { "x-ms-feature": "beta" },
          body: settings,
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toEqual(settings);
        expect(res.headers["x-ms-level"]).toBe("2");
        // @ts-expect-error a sealed integer enum rejects a value it does not list
        const wrong: Settings["weight"] = 0.5;
        expect(wrong).toBe(0.5);
      },
    },
  };
}
