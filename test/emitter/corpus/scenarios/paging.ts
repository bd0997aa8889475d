import createClient, { isUnexpected, paginate } from "../../fixtures/out/paging/index.js";
import { local, type Scenario } from "./scenario.js";

/** Products come in three pages; categories use custom names; regions are one page. */
export default function scenario(): Scenario {
  return {
    serve(req) {
      const page = Number(req.query.get("page") ?? "1");
      if (req.path === "/products") {
        const next = page < 3 ? `${req.base}/products?page=${page + 1}` : undefined;
        return {
          status: 200,
          body: {
            value: [{ id: `p${page}a` }, { id: `p${page}b` }],
            ...(next ? { nextLink: next } : {}),
          },
        };
      }
      if (req.path === "/categories") {
        const next = page < 3 ? `${req.base}/categories?page=${page + 1}` : undefined;
        return {
          status: 200,
          body: { items: [{ name: `c${page}` }], ...(next ? { "@odata.nextLink": next } : {}) },
        };
      }
      if (req.path === "/regions") {
        // A nextLink in a single-page list's body is not followed: the spec says there is none.
        return {
          status: 200,
          body: { value: [{ code: "eu" }, { code: "us" }], nextLink: "/never" },
        };
      }
      return undefined;
    },
    calls: {
      "follows nextLink across three pages": async (endpoint) => {
        const client = createClient(local(endpoint));
        const first = await client.path("/products").get({ queryParameters: { maxpagesize: 2 } });
        if (isUnexpected(first)) throw new Error("unexpected response");
        const ids: string[] = [];
        for await (const product of paginate(client, first)) ids.push(product.id);
        expect(ids).toEqual(["p1a", "p1b", "p2a", "p2b", "p3a", "p3b"]);
      },
      "resumes from a continuation token (a next link)": async (endpoint) => {
        const client = createClient(local(endpoint));
        const first = await client.path("/products").get();
        if (isUnexpected(first)) throw new Error("unexpected response");
        const pages = paginate(client, first).byPage({
          continuationToken: `${endpoint}/products?page=3`,
        });
        const ids: string[] = [];
        for await (const page of pages) ids.push(...page.map((p) => p.id));
        expect(ids).toEqual(["p3a", "p3b"]);
      },
      "pages by page with custom item and next-link names": async (endpoint) => {
        const client = createClient(local(endpoint));
        const first = await client.path("/categories").get();
        if (isUnexpected(first)) throw new Error("unexpected response");
        const pages: string[][] = [];
        for await (const page of paginate(client, first).byPage()) {
          pages.push(page.map((c) => c.name ?? ""));
        }
        expect(pages).toEqual([["c1"], ["c2"], ["c3"]]);
      },
      "stops after one page when nextLinkName is null": async (endpoint) => {
        const client = createClient(local(endpoint));
        const first = await client.path("/regions").get();
        if (isUnexpected(first)) throw new Error("unexpected response");
        const codes: string[] = [];
        for await (const region of paginate(client, first)) codes.push(region.code ?? "");
        expect(codes).toEqual(["eu", "us"]);
      },
    },
  };
}
