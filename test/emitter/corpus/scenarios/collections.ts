import createClient, {
  buildCsvCollection,
  buildMultiCollection,
  buildPipeCollection,
  buildSsvCollection,
  isUnexpected,
} from "../../fixtures/out/collections/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/items/books") return undefined;
      return {
        status: 200,
        body: [
          req.query.get("ids"),
          req.query.get("words"),
          req.query.get("codes"),
          req.query.getAll("tag").join("+"),
          String(req.headers["x-ms-fields"]),
        ],
      };
    },
    calls: {
      "serializes every collection format": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const res = await client.path("/items/{category}", "books").get({
          queryParameters: {
            ids: ["a", "b"],
            words: buildSsvCollection(["x", "y"]),
            codes: buildPipeCollection([1, 2]),
          },
          headers: { "x-ms-fields": buildCsvCollection(["f1", "f2"]) },
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toEqual(["a,b", "x y", "1|2", "", "f1,f2"]);
        // A multi collection is pre-joined and sent unencoded, as the parameter's doc says.
        const multi = await client.path("/items/{category}", "books").get({
          queryParameters: { tag: buildMultiCollection(["t1", "t2"], "tag") },
          skipUrlEncoding: true,
        });
        if (isUnexpected(multi)) throw new Error("unexpected response");
        expect(multi.body[3]).toBe("t1+t2");
      },
    },
  };
}
