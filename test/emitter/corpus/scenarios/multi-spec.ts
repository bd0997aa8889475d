import createClient, {
  isUnexpected,
  type GadgetsGet,
  type OwnerOutput,
  type WidgetsGet,
} from "../../fixtures/out/multi-spec/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      const m = /^\/(widgets|gadgets)\/([^/]+)$/.exec(req.path);
      return m ? { status: 200, body: { id: m[2], owner: { name: `${m[1]} owner` } } } : undefined;
    },
    calls: {
      "calls operations of both specs through one client": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const widgets: WidgetsGet = client.path("/widgets/{id}", "w");
        const gadgets: GadgetsGet = client.path("/gadgets/{id}", "g");
        const [w, g] = await Promise.all([widgets.get(), gadgets.get()]);
        if (isUnexpected(w) || isUnexpected(g)) throw new Error("unexpected");
        const owners: Array<OwnerOutput | undefined> = [w.body.owner, g.body.owner];
        expect(owners).toEqual([{ name: "widgets owner" }, { name: "gadgets owner" }]);
      },
    },
  };
}
