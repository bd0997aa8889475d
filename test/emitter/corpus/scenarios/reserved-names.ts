import createClient, {
  isUnexpected,
  type RestoreOperationParameters,
  type RestoreParameters,
} from "../../fixtures/out/reserved-names/index.js";
import { type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      return { status: 200, headers: { "content-type": "text/plain" }, body: req.path };
    },
    calls: {
      "renames parameters called path, class, delete, options and credentials": async (
        endpoint,
      ) => {
        // The host template is {options}/{credentials}: both are createClient arguments.
        const base = endpoint.slice(0, endpoint.lastIndexOf("/"));
        const fixture = endpoint.slice(endpoint.lastIndexOf("/") + 1);
        const client = createClient(base, fixture, { allowInsecureConnection: true });
        const res = await client
          .path("/folders/{path}/items/{class}/{delete}", "p", "c", "d")
          .get();
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toBe("/folders/p/items/c/d");
      },
      "keeps a model's name and renames the options type it would clash with": async (endpoint) => {
        const base = endpoint.slice(0, endpoint.lastIndexOf("/"));
        const fixture = endpoint.slice(endpoint.lastIndexOf("/") + 1);
        const client = createClient(base, fixture, { allowInsecureConnection: true });
        const body: RestoreParameters = { folder: "f1" };
        const options: RestoreOperationParameters = { body };
        const res = await client.path("/restore").put(options);
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body).toBe("/restore");
      },
      "sends a skip-url-encoding path parameter as is when asked": async (endpoint) => {
        const base = endpoint.slice(0, endpoint.lastIndexOf("/"));
        const fixture = endpoint.slice(endpoint.lastIndexOf("/") + 1);
        const client = createClient(base, fixture, { allowInsecureConnection: true });
        const [raw, encoded] = await Promise.all([
          client.path("/raw/{name}", { value: "a/b", allowReserved: true }).get(),
          client.path("/raw/{name}", "a/b").get(),
        ]);
        expect([raw.body, encoded.body]).toEqual(["/raw/a/b", "/raw/a%2Fb"]);
      },
    },
  };
}
