/**
 * Mutation self-test: every single-fault variant of every sample is rejected with exactly the
 * expected violations, and every variant the spec allows is accepted.
 */
import { sampleToResponse } from "../../../conformance/validator/index.js";
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
