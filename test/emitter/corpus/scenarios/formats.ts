import createClient, { isUnexpected } from "../../fixtures/out/formats/index.js";
import { json, local, type Scenario } from "./scenario.js";

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (!req.path.startsWith("/events/")) return undefined;
      return {
        status: 200,
        headers: { "last-modified": "Tue, 02 Jan 2024 03:04:05 GMT" },
        body: {
          ...json(req),
          id: req.path.slice("/events/".length),
          day: `${req.query.get("day")}|${req.query.get("since")}|${req.headers["if-modified-since"]}`,
        },
      };
    },
    calls: {
      "serializes dates, unix time and the rest as the formats say": async (endpoint) => {
        const client = createClient(endpoint, local(endpoint));
        const id = "6f1c8c3e-0000-4000-8000-000000000002";
        const res = await client.path("/events/{eventId}", id).put({
          queryParameters: { since: new Date("2024-01-02T03:04:05Z"), day: "2024-01-02" },
          headers: { "If-Modified-Since": "Tue, 02 Jan 2024 03:04:05 GMT" },
          body: {
            at: new Date("2024-01-02T03:04:05Z"),
            epoch: 1704164645,
            payload: "AAEC",
            count: 9007199254740991,
            price: 1.25,
            duration: "PT1H",
          },
        });
        if (isUnexpected(res)) throw new Error("unexpected response");
        const epoch: number | undefined = res.body.epoch;
        expect(epoch).toBe(1704164645);
        expect(res.body).toMatchObject({
          id,
          at: "2024-01-02T03:04:05.000Z",
          day: "2024-01-02|2024-01-02T03:04:05.000Z|Tue, 02 Jan 2024 03:04:05 GMT",
          payload: "AAEC",
          duration: "PT1H",
        });
        expect(res.headers["last-modified"]).toBe("Tue, 02 Jan 2024 03:04:05 GMT");
      },
    },
  };
}
