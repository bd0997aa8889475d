import createClient, {
  isUnexpected,
  type CatalogWidget,
  type GadgetsGet,
  type Ping,
  type WidgetsGet,
} from "../../fixtures/out/operation-groups/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/ping") return { status: 204 };
      if (req.path === "/widget") return { status: 200, body: { id: "featured" } };
      if (req.method === "DELETE") return { status: 204 };
      const m = /^\/(widgets|gadgets)\/([^/]+)$/.exec(req.path);
      return m ? { status: 200, body: { id: `${m[1]}:${m[2]}` } } : undefined;
    },
    calls: {
      "names clashing path interfaces after their groups": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const widget: WidgetsGet = client.path("/widgets/{id}", "1");
        const gadget: GadgetsGet = client.path("/gadgets/{id}", "2");
        const ping: Ping = client.path("/ping");
        const featured: CatalogWidget = client.path("/widget");
        const [w, g, p, f, d] = await Promise.all([
          widget.get(),
          gadget.get(),
          ping.get(),
          featured.get(),
          widget.delete(),
        ]);
        if (isUnexpected(w) || isUnexpected(g) || isUnexpected(f)) throw new Error("unexpected");
        expect([w.body.id, g.body.id, f.body.id, p.status, d.status]).toEqual([
          "widgets:1",
          "gadgets:2",
          "featured",
          "204",
          "204",
        ]);
      },
    },
  };
}
