import { createHttpHeaders } from "@azure/core-rest-pipeline";
import createClient, {
  isUnexpected,
  type FilesGetParameters,
  type FileInfoOutput,
} from "../../fixtures/out/structure/index.js";
import { local, parse, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/files/report.txt") return undefined;
      if (req.method === "GET") {
        return {
          status: 200,
          body: {
            name: `${req.query.get("since")}|${req.headers["ifmatch"] ?? "-"}`,
            modified: 1700000000,
            aliases: ["a", null],
            properties: { size: 12, owner: "me" },
          },
        };
      }
      if (req.method === "PUT" && req.query.get("comp") === "lock") {
        return { status: 200, body: { name: "locked" } };
      }
      if (req.method === "PUT" && req.query.get("comp") === "unlock") {
        return { status: 200, body: { released: true } };
      }
      if (req.method === "PUT") {
        expect(req.headers["content-type"]).toBe("application/json");
        expect(parse<unknown>(req)).toBe("a b c");
        return { status: 204 };
      }
      return undefined;
    },
    calls: {
      "keeps the wire shape: client names, flattening and grouping change nothing": async (
        endpoint,
      ) => {
        const client = createClient("myvault", ".vault.example.net", local(endpoint));
        const options: FilesGetParameters = {
          queryParameters: { since: 1700000000 },
          headers: { ifMatch: "*" },
        };
        const res = await client.path("/files/{path}", "report.txt").get(options);
        if (isUnexpected(res)) throw new Error("unexpected response");
        const info: FileInfoOutput = res.body;
        expect(info).toEqual({
          name: "1700000000|*",
          modified: 1700000000,
          aliases: ["a", null],
          properties: { size: 12, owner: "me" },
        });
      },
      "sends a string to a JSON operation as a JSON string": async (endpoint) => {
        const client = createClient("myvault", ".vault.example.net", local(endpoint));
        const res = await client
          .path("/files/{path}", "report.txt")
          .put({ contentType: "application/json", body: "a b c" });
        expect(res.status).toBe("204");
      },
      "routes the x-ms-paths operation by its query": async (endpoint) => {
        const client = createClient("myvault", ".vault.example.net", local(endpoint));
        const res = await client
          .path("/files/{path}", "report.txt")
          .put({ queryParameters: { comp: "lock" } });
        expect(res.status).toBe("200");
        expect(isUnexpected(res)).toBe(false);
      },
      "picks the x-ms-paths overload, and its response type, by the query value": async (
        endpoint,
      ) => {
        const client = createClient("myvault", ".vault.example.net", local(endpoint));
        const res = await client
          .path("/files/{path}", "report.txt")
          .put({ queryParameters: { comp: "unlock" } });
        if (isUnexpected(res) || res.status !== "200") throw new Error("unexpected response");
        // `released` is UnlockResult's, not Files_Lock's FileInfo: the overload followed "unlock".
        const released: boolean = res.body.released;
        expect(released).toBe(true);
      },
      "builds the endpoint from the operation's host parameter": async () => {
        const client = createClient("myvault", ".vault.example.net");
        let url = "";
        client.pipeline.addPolicy({
          name: "capture",
          sendRequest: async (request) => {
            url = request.url;
            return { request, status: 204, headers: createHttpHeaders() };
          },
        });
        await client.path("/files/{path}", "x").put({ contentType: "application/json", body: "n" });
        expect(url).toBe("https://myvault.vault.example.net/files/x");
      },
    },
  };
}
