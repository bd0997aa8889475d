import createClient, {
  isUnexpected,
  type FishOutput,
  type FishOutputParent,
  type Shark,
} from "../../fixtures/out/discriminator/index.js";
import { json, local, type Scenario } from "./scenario.js";

/** What each fish says about itself: only reachable by narrowing on `kind`. */
function describeFish(fish: FishOutput): string {
  switch (fish.kind) {
    case "shark":
      return `shark born ${fish.birthday}`;
    case "smart_salmon":
      return `salmon with a degree in ${fish.college_degree}`;
    case "salmon":
      return `salmon from ${fish.location}`;
  }
}

export default function scenario(): Scenario {
  return {
    serve(req) {
      if (req.path !== "/tanks/t1/fish") return undefined;
      if (req.method === "POST") return { status: 201, body: json(req) };
      return {
        status: 200,
        body: {
          value: [
            { kind: "shark", length: 3, birthday: "2020-01-01T00:00:00Z", age: 4 },
            {
              kind: "salmon",
              length: 1,
              location: "Alaska",
              siblings: [{ kind: "smart_salmon", length: 1, college_degree: "art" }],
            },
            { kind: "smart_salmon", length: 1, college_degree: "math" },
          ],
          featured: { kind: "trout", length: 2 },
        },
      };
    },
    calls: {
      "narrows polymorphic output by the discriminator": async (endpoint) => {
        const client = createClient(local(endpoint));
        const res = await client.path("/tanks/{tankId}/fish", "t1").get();
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.body.value.map(describeFish)).toEqual([
          "shark born 2020-01-01T00:00:00Z",
          "salmon from Alaska",
          "salmon with a degree in math",
        ]);
        const [, salmon] = res.body.value;
        if (salmon?.kind !== "salmon") throw new Error("expected a salmon");
        expect(salmon.siblings?.map(describeFish)).toEqual(["salmon with a degree in art"]);
        // A kind the spec does not list still reads as the extensible base.
        const featured: FishOutputParent | undefined = res.body.featured;
        expect(featured?.kind).toBe("trout");
      },
      "sends a subtype as the polymorphic input": async (endpoint) => {
        const client = createClient(local(endpoint));
        const shark: Shark = {
          kind: "shark",
          length: 2,
          birthday: new Date("2021-05-01T00:00:00Z"),
        };
        const res = await client.path("/tanks/{tankId}/fish", "t1").post({ body: shark });
        if (isUnexpected(res)) throw new Error("unexpected response");
        expect(res.status).toBe("201");
        if (res.body.kind !== "shark") throw new Error("expected the shark back");
        expect(res.body.birthday).toBe("2021-05-01T00:00:00.000Z");
      },
    },
  };
}
