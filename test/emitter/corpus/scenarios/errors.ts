import createClient, { isUnexpected } from "../../fixtures/out/errors/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/keys/missing") {
        if (req.method === "HEAD") return { status: 404 };
        return {
          status: 404,
          headers: { "x-ms-error-code": "KeyNotFound" },
          body: { missing: "missing" },
        };
      }
      if (req.path === "/keys/locked") {
        return {
          status: 409,
          headers: { "x-ms-error-code": "Conflict", "x-ms-request-id": "r1" },
          body: { error: { code: "Conflict", message: "locked" } },
        };
      }
      if (req.path === "/keys/k1")
        return req.method === "HEAD" ? { status: 200 } : { status: 200, body: { name: "k1" } };
      return undefined;
    },
    calls: {
      "types an error status with its own schema": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const res = await client.path("/keys/{keyName}", "missing").get();
        if (!isUnexpected(res)) throw new Error("expected an error");
        // The default response (status: string) is still possible, so the body is checked too.
        if (res.status !== "404" || !("missing" in res.body)) throw new Error(`got ${res.status}`);
        expect(res.body.missing).toBe("missing");
        expect(res.headers["x-ms-error-code"]).toBe("KeyNotFound");
      },
      "types the default error and its headers": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const res = await client.path("/keys/{keyName}", "locked").get();
        if (!isUnexpected(res)) throw new Error("expected an error");
        if (!("error" in res.body)) throw new Error("expected the default response");
        expect(res.body.error.message).toBe("locked");
        expect(res.headers["x-ms-request-id"]).toBe("r1");
      },
      "treats a HEAD 404 as an answer, not an error": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const [yes, no] = await Promise.all([
          client.path("/keys/{keyName}", "k1").head(),
          client.path("/keys/{keyName}", "missing").head(),
        ]);
        expect([yes.status, isUnexpected(yes), no.status, isUnexpected(no)]).toEqual([
          "200",
          false,
          "404",
          false,
        ]);
      },
    },
  };
}
