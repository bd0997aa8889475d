import createClient, {
  getLongRunningPoller,
  isUnexpected,
} from "../../fixtures/out/lro-body/index.js";
import { local, parse, noWait, type Scenario } from "./scenario.js";

/** No polling header: the poller GETs the PUT's URL and reads provisioningState. */
export default function scenario(): Scenario {
  const gets = new Map<string, number>();
  return {
    serve(req) {
      const name = /^\/clusters\/([^/]+)$/.exec(req.path)?.[1];
      if (!name) return undefined;
      if (req.method === "PUT") {
        const { nodes } = parse<{ nodes: number }>(req);
        return { status: 201, body: { name, nodes, provisioningState: "Provisioning" } };
      }
      const n = (gets.get(name) ?? 0) + 1;
      gets.set(name, n);
      const state = n < 2 ? "Provisioning" : name === "bad" ? "Failed" : "Succeeded";
      return {
        status: 200,
        headers: { "retry-after": "0" },
        body: { name, nodes: 3, provisioningState: state },
      };
    },
    calls: {
      "polls the resource until provisioningState succeeds": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client
          .path("/clusters/{clusterName}", "c1")
          .put({ body: { nodes: 3 } });
        if (isUnexpected(initial)) throw new Error("unexpected response");
        const poller = await getLongRunningPoller(client, initial, noWait);
        const result = await poller.pollUntilDone();
        if (isUnexpected(result)) throw new Error("unexpected response");
        expect(result.body.provisioningState).toBe("Succeeded");
        expect(gets.get("c1")).toBe(2);
      },
      "ends failed when provisioningState fails": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const initial = await client
          .path("/clusters/{clusterName}", "bad")
          .put({ body: { nodes: 1 } });
        const poller = await getLongRunningPoller(client, initial, noWait);
        await poller.pollUntilDone();
        expect(poller.getOperationState().status).toBe("failed");
      },
    },
  };
}
