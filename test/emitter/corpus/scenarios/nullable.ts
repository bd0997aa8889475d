import createClient, { isUnexpected, type Profile } from "../../fixtures/out/nullable/index.js";
import { json, local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/profiles/ann") return undefined;
      expect(req.headers["content-type"]).toBe("application/merge-patch+json");
      return { status: 200, body: json(req) };
    },
    calls: {
      "sends and receives nulls where the spec allows them": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const patch: Profile = {
          nickname: null,
          aliases: ["a", null],
          scores: { x: 1, y: null },
          address: null,
          tags: null,
        };
        const res = await client
          .path("/profiles/{name}", "ann")
          .patch({ contentType: "application/merge-patch+json", body: patch });
        if (isUnexpected(res)) throw new Error("unexpected response");
        const aliases: Array<string | null> | undefined = res.body.aliases;
        expect(aliases).toEqual(["a", null]);
        expect(res.body).toEqual(patch);
      },
    },
  };
}
