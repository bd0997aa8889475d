import createClient, {
  getLongRunningPoller,
  isUnexpected,
} from "../../fixtures/out/lro-location/index.js";
import { json, local, noWait, type Scenario } from "./scenario.js";

/** Location polling: 202 until the third poll, then the result (200) or 204 for a delete. */
export default function scenario(): Scenario {
  const polls = new Map<string, number>();
  return {
    serve(req) {
      if (req.path === "/exports" && req.method === "POST") {
        expect(json(req)).toEqual({ format: "csv" });
        return {
          status: 202,
          headers: { location: `${req.base}/exports/e1/result`, "retry-after": "0" },
        };
      }
      if (req.path === "/exports/e1/result") {
        const n = (polls.get("e1") ?? 0) + 1;
        polls.set("e1", n);
        if (n < 3) return { status: 202, headers: { location: `${req.base}/exports/e1/result` } };
        return { status: 200, body: { exportId: "e1", rows: 42 } };
      }
      if (req.path === "/exports/e2" && req.method === "DELETE") {
        return { status: 202, headers: { location: `${req.base}/exports/e2/deletion` } };
      }
      if (req.path === "/exports/e2/deletion") {
        const n = (polls.get("e2") ?? 0) + 1;
        polls.set("e2", n);
        return n < 3 ? { status: 202 } : { status: 204 };
      }
      if (req.path === "/exports/e3" && req.method === "DELETE") {
        return { status: 202, headers: { location: `${req.base}/exports/e3/deletion` } };
      }
      if (req.path === "/exports/e3/deletion") {
        return { status: 500, body: { error: { code: "Internal", message: "disk gone" } } };
      }
      return undefined;
    },
    calls: {
      "polls Location and resolves with the result there (final-state-via: location)": async (
        endpoint,
      ) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client.path("/exports").post({ body: { format: "csv" } });
        if (isUnexpected(initial)) throw new Error("unexpected response");
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        if (isUnexpected(result)) throw new Error("unexpected response");
        expect(result.body).toEqual({ exportId: "e1", rows: 42 });
      },
      "polls a delete to its 204": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client.path("/exports/{exportId}", "e2").delete();
        const poller = await getLongRunningPoller(client, initial, noWait);
        await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("succeeded");
      },
      "ends failed, with the error response, when a poll answers 500": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client.path("/exports/{exportId}", "e3").delete();
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("failed");
        if (!isUnexpected(result)) throw new Error("expected the error response");
        expect(result.body.error.message).toBe("disk gone");
      },
    },
  };
}
