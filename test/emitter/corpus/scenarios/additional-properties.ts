import createClient, {
  isUnexpected,
  type Document,
  type DocumentOutput,
} from "../../fixtures/out/additional-properties/index.js";
import { json, local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      return req.path === "/documents/d1" ? { status: 200, body: json(req) } : undefined;
    },
    calls: {
      "keeps declared, inherited and additional properties": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const doc: Document = {
          name: "d",
          tags: ["t"],
          metadata: { anything: [1, 2] },
          sections: { intro: { title: "Hi" } },
          extra: { free: true },
          custom: "kept",
        };
        const res = await client.path("/documents/{id}", "d1").put({ body: doc });
        if (isUnexpected(res)) throw new Error("unexpected response");
        const out: DocumentOutput = res.body;
        expect(out.sections?.["intro"]?.title).toBe("Hi");
        expect(out["custom"]).toBe("kept");
        expect(out).toEqual(doc);
      },
    },
  };
}
