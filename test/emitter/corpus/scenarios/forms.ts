import createClient, { isUnexpected } from "../../fixtures/out/forms/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/oauth2/exchange") {
        expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
        const form = new URLSearchParams(req.body.toString("utf8"));
        return {
          status: 200,
          body: {
            refresh_token: `${form.get("grant_type")}|${form.get("service")}|${form.get("scope")}|${form.get("lifetime")}`,
          },
        };
      }
      if (req.path === "/files") {
        const type = req.headers["content-type"] ?? "";
        expect(type).toMatch(/^multipart\/form-data; boundary=/);
        const text = req.body.toString("latin1");
        const names = [...text.matchAll(/name="([^"]+)"(?:; filename="([^"]+)")?/g)].map((m) =>
          m[2] ? `${m[1]}:${m[2]}` : m[1],
        );
        return {
          status: 201,
          body: { id: names.join(","), size: text.includes("\u0001\u0002\u0003") ? 3 : 0 },
        };
      }
      return undefined;
    },
    calls: {
      "sends a form-urlencoded body as name=value pairs": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client.path("/oauth2/exchange").post({
          contentType: "application/x-www-form-urlencoded",
          body: {
            grant_type: "refresh_token",
            service: "reg.example.com",
            scope: "repo:a pull",
            lifetime: 60,
          },
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body.refresh_token).toBe("refresh_token|reg.example.com|repo:a pull|60");
      },
      "uploads multipart parts, a file and repeated fields": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client.path("/files").post({
          contentType: "multipart/form-data",
          body: [
            { name: "file", body: new Uint8Array([1, 2, 3]), filename: "a.bin" },
            { name: "name", body: "a" },
            { name: "tags", body: "x" },
            { name: "tags", body: "y" },
          ],
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toEqual({ id: "file:a.bin,name,tags,tags", size: 3 });
      },
    },
  };
}
