import createClient, {
  getLongRunningPoller,
  isUnexpected,
} from "../../fixtures/out/lro-operation-location/index.js";
import { local, parse, noWait, type Scenario } from "./scenario.js";

/** A job runs for two polls, then succeeds, or fails when its input is "boom". */
export default function scenario(): Scenario {
  const polls = new Map<string, number>();
  const inputs = new Map<string, string>();
  return {
    serve(req) {
      const run = /^\/jobs\/([^/]+):run$/.exec(req.path);
      if (run && req.method === "POST") {
        const job = run[1]!;
        if (job === "invalid") {
          return { status: 400, body: { error: { code: "BadJob", message: "no such job" } } };
        }
        inputs.set(job, parse<{ input: string }>(req).input);
        polls.set(job, 0);
        return {
          status: 202,
          headers: {
            "operation-location": `${req.base}/jobs/${job}/operations/op-${job}?api-version=2024-03-01`,
            "retry-after": "0",
          },
          body: { id: `op-${job}`, status: "NotStarted" },
        };
      }
      const status = /^\/jobs\/([^/]+)\/operations\/([^/]+)$/.exec(req.path);
      if (status && req.method === "GET") {
        const job = status[1]!;
        const n = (polls.get(job) ?? 0) + 1;
        polls.set(job, n);
        if (n < 3) return { status: 200, body: { id: status[2], status: "Running" } };
        if (inputs.get(job) === "boom") {
          return {
            status: 200,
            body: { id: status[2], status: "Failed", error: { code: "Boom", message: "it broke" } },
          };
        }
        return {
          status: 200,
          body: { id: status[2], status: "Succeeded", result: { output: "done", count: 3 } },
        };
      }
      return undefined;
    },
    calls: {
      "polls an Operation-Location to completion": async (endpoint) => {
        const client = createClient("unused", local(endpoint));
        const initial = await client
          .path("/jobs/{jobName}:run", "nightly")
          .post({ body: { input: "data" } });
        if (isUnexpected(initial)) throw new Error("unexpected response");
        expect(initial.headers["operation-location"]).toContain("/operations/op-nightly");
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("succeeded");
        if (isUnexpected(result)) throw new Error("unexpected response");
        expect(result.body.status).toBe("Succeeded");
        expect(result.body.result?.count).toBe(3);
        expect(polls.get("nightly")).toBe(3);
      },
      "polls to failure and resolves with the failed status": async (endpoint) => {
        const client = createClient("unused", local(endpoint));
        const initial = await client
          .path("/jobs/{jobName}:run", "broken")
          .post({ body: { input: "boom" } });
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("failed");
        if (isUnexpected(result)) throw new Error("unexpected response");
        expect(result.body.error?.code).toBe("Boom");
      },
      "ends at once, failed, when the initial response is an error": async (endpoint) => {
        const client = createClient("unused", local(endpoint));
        const initial = await client
          .path("/jobs/{jobName}:run", "invalid")
          .post({ body: { input: "x" } });
        expect(isUnexpected(initial)).toBe(true);
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("failed");
        if (!isUnexpected(result)) throw new Error("expected the error response");
        expect(result.body.error.code).toBe("BadJob");
        expect(polls.has("invalid")).toBe(false);
      },
    },
  };
}
