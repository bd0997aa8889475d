/**
 * Mutation self-test: every single-fault variant of every sample is rejected with exactly the
 * expected violations, and every variant the spec allows is accepted.
 */
import path from "node:path";
import { createValidator, sampleToResponse } from "../../../conformance/validator/index.js";
import { generateMutations, type Mutation } from "../../../conformance/mutations/index.js";
import type { MutationBase } from "../../../conformance/mutations/index.js";
import { brief, sampleName, setup } from "../validator/helpers/setup.js";

const { validator, examples, seeds } = setup();

const table: [string, Mutation][] = [...examples, ...seeds].flatMap((sample) => {
  const base = sampleToResponse(sample) as MutationBase;
  return generateMutations(validator.model, base).map((m): [string, Mutation] => [
    `${sampleName(sample)}: ${m.name}`,
    m,
  ]);
});

describe("mutations of the samples", () => {
  test.each(table)("%s", (_name, { given, want }) => {
    const result = validator.validateResponse(given);
    if (want.ok) {
      expect(brief(result.violations)).toEqual([]);
    } else {
      expect(brief(result.violations)).toEqual(brief(want.violations));
    }
    expect(result.ok).toBe(want.ok);
  });

  // The table above passes trivially if the generator produces nothing: pin what it must produce.
  test.each([
    ["drop required", { given: "drop required /status", want: 10 }],
    ["drop optional", { given: "drop optional /error", want: 2 }],
    ["wrong type", { given: "wrong type /status", want: 10 }],
    ["null where not nullable", { given: "null /created", want: 4 }],
    ["enum in another case", { given: "enum in another case /status", want: 10 }],
    [
      "unknown value of an extensible enum",
      { given: "unknown enum value /status (extensible)", want: 10 },
    ],
    ["bad Retry-After", { given: "header Retry-After: soon", want: 6 }],
    ["bad Resource-Location", { given: "header Resource-Location: not a url", want: 4 }],
    [
      "missing Resource-Location while Succeeded",
      { given: "header Resource-Location missing", want: 2 },
    ],
    ["missing Retry-After while Running", { given: "header Retry-After missing", want: 2 }],
    ["undeclared status", { given: "undeclared status 201", want: 10 }],
    ["wrong content type", { given: "Content-Type text/html", want: 10 }],
    ["truncated body", { given: "body truncated", want: 10 }],
    ["required property of the nested error", { given: "drop required /error/code", want: 2 }],
    // Dataset `created` is a date-time (see the spec's info.description), in every Dataset sample.
    ["bad date-time", { given: "bad date-time /created", want: 4 }],
  ])("the generator produces %s", (_name, { given, want }) => {
    expect(table.filter(([name]) => name.includes(`: ${given}`))).toHaveLength(want);
  });
});

describe("mutations of responses of the real-world fixtures", () => {
  const fixture = (name: string) =>
    createValidator([path.join(__dirname, "../validator/fixtures", name)]);
  const json = { "Content-Type": "application/json" };
  const cases: [string, ReturnType<typeof createValidator>, MutationBase][] = [
    [
      "a polymorphic list",
      fixture("polymorphic.json"),
      {
        operationId: "Drawings_Get",
        status: 200,
        headers: json,
        body: {
          shapes: [
            { kind: "circle", name: "c", radius: 1 },
            { kind: "rounded", name: "r", width: 1, height: 2, cornerRadius: 0.5 },
          ],
          highlight: { kind: "Shape", name: "s" },
          frame: { kind: "Rectangle", name: "f", width: 1, height: 1 },
        },
      },
    ],
    [
      "objects with x-nullable everywhere",
      fixture("objects.json"),
      {
        operationId: "Records_Get",
        status: 200,
        headers: json,
        body: {
          id: "r",
          title: "t",
          subtitle: "s",
          note: { text: "n" },
          owner: { id: "o" },
          tags: ["a"],
          scores: { a: 1 },
          level: "low",
          audit: { id: "a", by: "b" },
          sealed: { a: 1 },
          open: { a: 1 },
          labels: { x: "y" },
        },
      },
    ],
    [
      "a multi-file widget",
      fixture("multi-file/service.json"),
      {
        operationId: "Widgets_Get",
        status: 200,
        headers: { ...json, ETag: "e" },
        body: {
          id: "w",
          owner: { name: "Ada", manager: { name: "G" } },
          updated: "2024-01-01T00:00:00Z",
        },
      },
    ],
  ];
  const rows = cases.flatMap(([name, validator, base]) =>
    generateMutations(validator.model, base, []).map(
      (m) => [`${name}: ${m.name}`, validator, m] as const,
    ),
  );

  test.each(rows)("%s", (_name, validator, { given, want }) => {
    const result = validator.validateResponse(given);
    expect(brief(result.violations)).toEqual(want.ok ? [] : brief(want.violations));
  });

  test.each([
    [
      "an unknown discriminator value",
      "a polymorphic list: unknown discriminator value /shapes/0/kind",
    ],
    ["a subtype's own property", "a polymorphic list: drop required /shapes/0/radius"],
    [
      "a second-level subtype's property",
      "a polymorphic list: drop required /shapes/1/cornerRadius",
    ],
    ["null where nullable", "objects with x-nullable everywhere: null /note"],
    ["a bad date-time in another file", "a multi-file widget: bad date-time /updated"],
  ])("the generator covers %s", (_name, mutation) => {
    expect(rows.map(([name]) => name)).toContain(mutation);
  });
});
