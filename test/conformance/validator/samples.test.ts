import path from "node:path";
import {
  createValidator,
  loadExampleSamples,
  readExampleSamples,
  sampleToResponse,
} from "../../../conformance/validator/index.js";
import { specAround, writeSpec } from "./helpers/specs.js";
import { brief, sampleName, setup } from "./helpers/setup.js";

const { validator, examples, seeds } = setup();

describe("samples the specs and documents print are valid", () => {
  test.each([
    [
      "x-ms-examples",
      { given: examples, want: { Dataset_GetOperation: 2, DataRegistry_GetOperation: 3 } },
    ],
    [
      "seed documents",
      { given: seeds, want: { Dataset_GetOperation: 2, DataRegistry_GetOperation: 3 } },
    ],
  ])("%s: one sample per printed example", (_name, { given, want }) => {
    const counts: Record<string, number> = {};
    for (const s of given) counts[s.operationId] = (counts[s.operationId] ?? 0) + 1;
    expect(counts).toEqual(want);
  });

  test.each([...examples, ...seeds].map((s) => [sampleName(s), s] as const))(
    "%s validates (parsed and raw body)",
    (_name, sample) => {
      expect(brief(validator.validateResponse(sampleToResponse(sample)).violations)).toEqual([]);
      expect(
        brief(validator.validateResponse(sampleToResponse(sample, { raw: true })).violations),
      ).toEqual([]);
    },
  );

  test("the seed documents print the same samples as the x-ms-examples", () => {
    // Header values compared as text: examples type them (`"Retry-After": 10`), documents print them.
    const key = (s: (typeof examples)[number]) => {
      const headers = Object.entries(s.headers).map(([n, v]) => [n, String(v)]);
      return JSON.stringify([s.operationId, s.status, headers, s.body]);
    };
    expect(seeds.map(key).sort()).toEqual(examples.map(key).sort());
  });

  test.each([
    [
      "Dataset Succeeded carries Resource-Location",
      {
        given: "Dataset_GetOperation",
        want: {
          "Resource-Location":
            "https://us.atlas.microsoft.com/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0",
        },
      },
    ],
    [
      "Data Registry Running carries Retry-After",
      { given: "DataRegistry_GetOperation", want: { "Retry-After": "10" } },
    ],
  ])("seed headers are parsed: %s", (_name, { given, want }) => {
    expect(seeds.filter((s) => s.operationId === given).map((s) => s.headers)).toContainEqual(want);
  });
});

describe("example files that cannot be read", () => {
  const spec = () => {
    const doc = specAround({ type: "object", properties: { id: { type: "string" } } });
    const get = (doc.paths as Record<string, { get: Record<string, unknown> }>)["/x"]!.get;
    get["x-ms-examples"] = {
      good: {
        $ref: `./${path.basename(writeSpec({ responses: { "200": { body: { id: "a" } } } }))}`,
      },
      gone: { $ref: "./no-such-example.json" },
      "not json": { $ref: `./${path.basename(writeSpec("{ nope"))}` },
      "a bare array": { $ref: `./${path.basename(writeSpec([{ text: "hi" }]))}` },
      "a stray key": {
        $ref: `./${path.basename(writeSpec({ responses: { "200": { body: { id: "b" } }, errors: [] } }))}`,
      },
    };
    return createValidator([writeSpec(doc)]);
  };

  test("readExampleSamples keeps the readable ones and names each file it cannot read as one", () => {
    const { samples, unreadable } = readExampleSamples(spec().model);
    expect(samples.map((s) => [s.title, s.status])).toEqual([
      ["good", 200],
      ["a stray key", 200],
    ]);
    expect(unreadable.map((u) => [u.operationId, u.title])).toEqual([
      ["X_Get", "gone"],
      ["X_Get", "not json"],
      ["X_Get", "a bare array"],
      ["X_Get", "a stray key"],
    ]);
    expect(unreadable[2]!.message).toMatch(/has no "responses" object/);
    expect(unreadable[3]!.message).toMatch(/responses key "errors" is not a status code/);
    expect(unreadable[0]!.message).toContain("no-such-example.json");
  });

  test("loadExampleSamples throws SPEC_LOAD_ERROR naming the first one", () => {
    const model = spec().model;
    expect(() => loadExampleSamples(model)).toThrow(
      expect.objectContaining({
        code: "SPEC_LOAD_ERROR",
        message: expect.stringMatching(/no-such-example\.json.*"gone" of X_Get/),
      }),
    );
  });
});
