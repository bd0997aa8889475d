import createClient, { isUnexpected } from "../../fixtures/out/binary/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  const blobs = new Map<string, Buffer>();
  return {
    serve(req) {
      const blob = /^\/blobs\/([^/]+)$/.exec(req.path)?.[1];
      if (blob && req.method === "PUT") {
        expect(req.headers["content-type"]).toBe("application/octet-stream");
        blobs.set(blob, req.body);
        return { status: 201, headers: { etag: `"${req.body.length}"` } };
      }
      if (blob) {
        return { status: 200, headers: { "content-type": "image/png" }, body: blobs.get(blob) };
      }
      if (req.path === "/notes/n1") {
        expect(req.headers["content-type"]).toBe("text/plain");
        return {
          status: 200,
          headers: { "content-type": "text/plain" },
          body: req.body.toString("utf8").toUpperCase(),
        };
      }
      return undefined;
    },
    calls: {
      "uploads bytes and streams them back": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const up = await client.path("/blobs/{blobName}", "b1").put({
          contentType: "application/octet-stream",
          body: new Uint8Array([137, 80, 78, 71]),
        });
        if (isUnexpected(up)) throw new Error("unexpected response");
        expect(up.headers.etag).toBe('"4"');
        const down = await client.path("/blobs/{blobName}", "b1").get().asNodeStream();
        const chunks: Buffer[] = [];
        for await (const chunk of down.body ?? []) chunks.push(Buffer.from(chunk as Uint8Array));
        expect([...Buffer.concat(chunks)]).toEqual([137, 80, 78, 71]);
      },
      "sends and receives text": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        // "123" is JSON text too: without the required content type core-client would say JSON.
        const res = await client
          .path("/notes/{noteId}", "n1")
          .put({ contentType: "text/plain", body: "hi 123" });
        expect(res.status).toBe("200");
        expect(res.body).toBe("HI 123");
      },
    },
  };
}
