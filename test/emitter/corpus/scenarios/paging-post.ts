import createClient, { isUnexpected, paginate } from "../../fixtures/out/paging-post/index.js";
import { json, local, type Scenario } from "./scenario.js";

/** A POST search answers the first page; the next two are GETs of nextLink. */
export default function scenario(): Scenario {
  const seen: string[] = [];
  return {
    serve(req) {
      if (req.path !== "/indexes/books/docs/search") return undefined;
      seen.push(`${req.method} ${req.query.get("api-version")} ${req.query.get("skip") ?? "-"}`);
      const skip = Number(req.query.get("skip") ?? "0");
      if (req.method === "POST") {
        expect(json(req)).toEqual({ search: "whale", top: 2 });
        expect(req.headers["x-ms-client-request-id"]).toBe("6f1c8c3e-0000-4000-8000-000000000001");
      }
      const next = skip < 4 ? `${req.base}/indexes/books/docs/search?skip=${skip + 2}` : undefined;
      return {
        status: 200,
        body: {
          value: [{ id: `d${skip}`, "@search.score": 1 }, { id: `d${skip + 1}` }],
          "@search.count": 6,
          ...(next ? { nextLink: next } : {}),
        },
      };
    },
    calls: {
      "posts the search, then GETs nextLink for pages two and three": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const first = await client.path("/indexes/{indexName}/docs/search", "books").post({
          body: { search: "whale", top: 2 },
          headers: { "x-ms-client-request-id": "6f1c8c3e-0000-4000-8000-000000000001" },
        });
        if (isUnexpected(first)) throw new Error("unexpected response");
        expect(first.body["@search.count"]).toBe(6);
        const ids: string[] = [];
        for await (const hit of paginate(client, first)) ids.push(hit.id ?? "");
        expect(ids).toEqual(["d0", "d1", "d2", "d3", "d4", "d5"]);
        // The client's api-version is added to the next links too.
        expect(seen).toEqual(["POST 2024-08-01 -", "GET 2024-08-01 2", "GET 2024-08-01 4"]);
      },
    },
  };
}
