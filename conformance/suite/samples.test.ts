/**
 * Samples and mutation self-test: the specs' own examples are valid, and every single-fault
 * variant of them is rejected with exactly the expected violations (the validator can see what
 * the live calls below rely on it to see).
 */
import { createValidator, loadExampleSamples, sampleToResponse } from "../validator/index.js";
import { generateMutations, type MutationBase } from "../validator/mutations/index.js";
import { useRecorder } from "./helpers/context.js";

const recorder = useRecorder("samples");
const samples = loadExampleSamples(recorder.validator.model);
// Mutated responses are synthetic: their own validator, so they do not count as coverage.
const mutationValidator = createValidator();
const brief = (list: readonly { code: string; location: string; pointer: string }[]) =>
  list.map((v) => `${v.code} ${v.location} ${v.pointer}`).sort();

describe("samples (x-ms-examples)", () => {
  test("both operations have samples", () => {
    expect([...new Set(samples.map((s) => s.operationId))].sort()).toEqual([
      "DataRegistry_GetOperation",
      "Dataset_GetOperation",
    ]);
  });

  test.each(samples.map((s) => [`${s.operationId} "${s.title}" ${s.status}`, s] as const))(
    "%s is valid",
    (_name, sample) => {
      const result = recorder.validator.validateResponse(sampleToResponse(sample, { raw: true }));
      expect(brief(result.violations)).toEqual([]);
    },
  );
});

describe("mutation self-test", () => {
  const table = samples.flatMap((sample) =>
    generateMutations(mutationValidator.model, sampleToResponse(sample) as MutationBase).map(
      (m) => [`${sample.operationId} "${sample.title}": ${m.name}`, m] as const,
    ),
  );

  test("the generator produces mutations for every sample", () => {
    expect(table.length).toBeGreaterThan(samples.length * 5);
  });

  test.each(table)("%s", (_name, { given, want }) => {
    const result = mutationValidator.validateResponse(given);
    expect(brief(result.violations)).toEqual(want.ok ? [] : brief(want.violations));
  });
});
