import createClient, {
  isUnexpected,
  type GadgetsGet,
  type Rename,
  type Show,
  type WidgetsGet,
} from "../../fixtures/out/stable-names-grown/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve: (req) => ({ status: 200, body: { id: req.path } }),
    calls: {
      "calls each route by its stable interface name": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const routes: [WidgetsGet, GadgetsGet, Rename, Show] = [
          client.path("/widgets/{id}", "1"),
          client.path("/gadgets/{id}", "2"),
          client.path("/widgets/{id}:rename", "3"),
          client.path("/orders/{id}", "4"),
        ];
        const ids: string[] = [];
        for (const route of routes) {
          const res = await route.get();
          if (isUnexpected(res)) throw new Error("unexpected response");
          ids.push(res.body.id ?? "");
        }
        expect(ids).toEqual(["/widgets/1", "/gadgets/2", "/widgets/3:rename", "/orders/4"]);
      },
    },
  };
}
