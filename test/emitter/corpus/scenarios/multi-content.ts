import createClient, { isUnexpected } from "../../fixtures/out/multi-content/index.js";
import { local, parse, type Scenario } from "./scenario.js";

/** One operation that takes a JSON model or a document's bytes; the caller names which. */
export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/documents:classify") {
        // Offered JSON or form-urlencoded, the body goes out as JSON, labelled so.
        expect(req.headers["content-type"]).toBe("application/json");
        expect(parse<unknown>(req)).toEqual({ urlSource: "https://example.com/b.png" });
        return { status: 204 };
      }
      if (req.path !== "/documents:analyze") return undefined;
      const type = req.headers["content-type"];
      const body =
        type === "application/json" ? req.body.toString("utf8") : `${req.body.length} bytes`;
      expect(req.headers["x-ms-version"]).toBe("2");
      return {
        status: 200,
        body: {
          level: Number(req.query.get("pages")),
          ratio: 0.25,
          version: "v1",
          echo: `${type} ${body}`,
        },
      };
    },
    calls: {
      "sends a body offered as JSON or form as JSON": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client
          .path("/documents:classify")
          .post({ body: { urlSource: "https://example.com/b.png" } });
        expect(res.status).toBe("204");
      },
      "sends the JSON model with its content type": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client.path("/documents:analyze").post({
          contentType: "application/json",
          body: { urlSource: "https://example.com/a.pdf" },
          queryParameters: { pages: 2, mode: "fast" },
          headers: { "x-ms-version": "2" },
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body.level).toBe(2);
        expect(res.body).toMatchObject({
          echo: 'application/json {"urlSource":"https://example.com/a.pdf"}',
        });
      },
      "sends bytes with the binary content type": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client.path("/documents:analyze").post({
          contentType: "application/pdf",
          body: new Uint8Array([37, 80, 68, 70]),
          queryParameters: { pages: 4, mode: "fast" },
          headers: { "x-ms-version": "2" },
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toMatchObject({ level: 4, echo: "application/pdf 4 bytes" });
      },
    },
  };
}
