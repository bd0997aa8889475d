import createClient, { isUnexpected } from "../../fixtures/out/multi-media-response/index.js";
import { local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path === "/reports/r1") {
        return { status: 200, headers: { "content-type": "text/plain" }, body: "all good" };
      }
      if (req.path === "/reports/r1/render") return { status: 202, body: { jobId: "j1" } };
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
    },
  };
}
