import createClient, {
  isUnexpected,
  type ActivityOutput,
} from "../../fixtures/out/discriminator-enum/index.js";
import { json, local, type Scenario } from "./scenario.js";

function summary(a: ActivityOutput): string {
  switch (a.type) {
    case "Copy":
      return `copy ${a.source} to ${a.sink ?? "?"}`;
    case "Wait":
      return `wait ${a.seconds ?? 0}s`;
    case "Activity":
      return `plain ${a.name}`;
  }
}

export default function scenario(): Scenario {
  let stored: unknown;
  return {
    serve(req) {
      if (req.path !== "/pipelines/nightly") return undefined;
      if (req.method === "PUT") stored = json(req);
      return { status: 200, body: stored };
    },
    calls: {
      "round-trips a pipeline whose base type has a value of its own": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const put = await client.path("/pipelines/{pipelineName}", "nightly").put({
          body: {
            activities: [
              { type: "Copy", name: "c", source: "a", sink: "b" },
              { type: "Wait", name: "w", seconds: 5 },
              { type: "Activity", name: "noop" },
            ],
            trigger: { kind: "Schedule", cron: "0 0 * * *" },
          },
        });
        if (isUnexpected(put)) throw new Error("unexpected response");
        const got = await client.path("/pipelines/{pipelineName}", "nightly").get();
        if (isUnexpected(got)) throw new Error("unexpected response");
        expect(got.body.activities.map(summary)).toEqual(["copy a to b", "wait 5s", "plain noop"]);
        const trigger = got.body.trigger;
        if (trigger?.kind !== "Schedule") throw new Error("expected a schedule");
        expect(trigger.cron).toBe("0 0 * * *");
      },
    },
  };
}
