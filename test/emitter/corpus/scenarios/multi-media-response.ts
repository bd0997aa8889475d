import createClient, { isUnexpected } from "../../fixtures/out/multi-media-response/index.js";
import { local, parse, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/reports/r1") {
        return { status: 200, headers: { "content-type": "text/plain" }, body: "all good" };
      }
      if (req.path === "/reports/r1/render") return { status: 202, body: { jobId: "j1" } };
      if (req.path === "/reports/r1/export") {
        // Offered XML or JSON, the client sends JSON and reads JSON.
        const sent = parse<{ format: string }>(req);
        if (!String(req.headers["content-type"]).startsWith("application/json")) return undefined;
        return { status: 200, body: { url: `https://files.example.com/r1.${sent.format}` } };
      }
      return undefined;
    },
    calls: {
      "types one response per status, whatever the media types": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const text = await client.path("/reports/{reportId}", "r1").get();
        if (isUnexpected(text)) throw new Error("unexpected response");
        expect(text.body).toBe("all good");
        const queued = await client.path("/reports/{reportId}/render", "r1").post();
        if (isUnexpected(queued)) throw new Error("unexpected response");
        if (queued.status !== "202") throw new Error("expected 202");
        expect(queued.body.jobId).toBe("j1");
      },
      "speaks JSON where XML is offered beside it": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const exported = await client
          .path("/reports/{reportId}/export", "r1")
          .post({ body: { format: "csv" } });
        if (isUnexpected(exported)) throw new Error("unexpected response");
        expect(exported.body.url).toBe("https://files.example.com/r1.csv");
      },
    },
  };
}
