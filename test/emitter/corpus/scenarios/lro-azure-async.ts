import createClient, {
  getLongRunningPoller,
  isUnexpected,
} from "../../fixtures/out/lro-azure-async/index.js";
import { json, local, noWait, type Scenario } from "./scenario.js";

/**
 * Azure-AsyncOperation: the PUT answers 201 and a status URL; after two polls the status
 * succeeds and the result is read from the original URI. A widget named "doomed" fails.
 */
export default function scenario(): Scenario {
  const widgets = new Map<string, Record<string, unknown>>();
  const polls = new Map<string, number>();
  return {
    serve(req) {
      const widget = /^\/widgets\/([^/]+)$/.exec(req.path)?.[1];
      if (widget && req.method === "PUT") {
        widgets.set(widget, { ...json(req), name: widget });
        return {
          status: 201,
          headers: {
            "azure-asyncoperation": `${req.base}/operations/put-${widget}`,
            "retry-after": "0",
          },
          body: { name: widget },
        };
      }
      if (widget && req.method === "GET") return { status: 200, body: widgets.get(widget) };
      if (widget && req.method === "DELETE") {
        return {
          status: 202,
          headers: { "azure-asyncoperation": `${req.base}/operations/delete-${widget}` },
        };
      }
      const op = /^\/operations\/([^/]+)$/.exec(req.path)?.[1];
      if (op) {
        const n = (polls.get(op) ?? 0) + 1;
        polls.set(op, n);
        if (n < 3) return { status: 200, body: { id: op, status: "Running" } };
        if (op.endsWith("doomed")) {
          return {
            status: 200,
            body: { id: op, status: "Failed", error: { code: "Doomed", message: "no" } },
          };
        }
        return { status: 200, body: { id: op, status: "Succeeded" } };
      }
      return undefined;
    },
    calls: {
      "polls Azure-AsyncOperation, then reads the original URI": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client
          .path("/widgets/{widgetName}", "w1")
          .put({ body: { color: "red", size: 3 } });
        if (isUnexpected(initial)) throw new Error("unexpected response");
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        if (isUnexpected(result)) throw new Error("unexpected response");
        expect(result.body).toEqual({ name: "w1", color: "red", size: 3 });
        expect(polls.get("put-w1")).toBe(3);
      },
      "polls a delete to failure": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client.path("/widgets/{widgetName}", "doomed").delete();
        const poller = await getLongRunningPoller(client, initial, noWait);
        await poller.pollUntilDone();
        const state = poller.getOperationState();
        expect(state.status).toBe("failed");
        expect(state.error?.message).toContain("no");
      },
    },
  };
}
