/**
 * Samples and the mutation self-test: the specs' own examples are valid, and every single-fault
 * variant of them is rejected with exactly the expected violations (the validator can see what
 * the live checks rely on it to see). Both work on any spec that has `x-ms-examples`.
 */
import assert from "node:assert/strict";
import { generateMutations, type MutationBase } from "../mutations/index.js";
import {
  createValidator,
  readExampleSamples,
  sampleToResponse,
  type ResponseValidator,
} from "../validator/index.js";
import type { CheckContext } from "./context.js";
import { expectNoViolations, expectViolations } from "./expect.js";
import type { CheckGroup } from "./runner.js";

export function samplesGroup(context: CheckContext): CheckGroup {
  const { samples, unreadable } = readExampleSamples(context.validator.model);
  if (samples.length === 0 && unreadable.length === 0) {
    return { name: "samples", skipped: "the specs have no x-ms-examples", checks: [] };
  }
  // An example the spec names but that cannot be read is a finding of its own, not a crash.
  const broken = unreadable.map((example) => ({
    name: `${example.operationId} "${example.title}" can be read`,
    run: () => assert.fail(example.message),
  }));
  return {
    name: "samples",
    checks: [
      ...broken,
      ...samples.map((sample) => ({
        name: `${sample.operationId} "${sample.title}" ${sample.status} is valid`,
        run: () => {
          const result = context.validator.validateResponse(
            sampleToResponse(sample, { raw: true }),
          );
          expectNoViolations(result.violations);
        },
      })),
    ],
  };
}

export function selfTestGroup(context: CheckContext): CheckGroup {
  // Unreadable examples fail in the samples group; the others are mutated here.
  const { samples } = readExampleSamples(context.validator.model);
  if (samples.length === 0) {
    return { name: "self-test", skipped: "the specs have no x-ms-examples to mutate", checks: [] };
  }
  // Mutated responses are synthetic: their own validator, so they do not count as coverage.
  let mutationValidator: ResponseValidator | undefined;
  const validatorForMutations = () =>
    (mutationValidator ??= createValidator(context.validator.options));
  const checks = samples.flatMap((sample) => {
    let mutations;
    try {
      mutations = generateMutations(
        context.validator.model,
        sampleToResponse(sample) as MutationBase,
      );
    } catch (error) {
      const message = (error as Error).message;
      return [
        {
          name: `${sample.operationId} "${sample.title}": mutations`,
          run: () => assert.fail(`no mutations could be made: ${message}`),
        },
      ];
    }
    return mutations.map((m) => ({
      name: `${sample.operationId} "${sample.title}": ${m.name}`,
      run: () => {
        const result = validatorForMutations().validateResponse(m.given);
        expectViolations(result.violations, m.want.ok ? [] : m.want.violations);
      },
    }));
  });
  return { name: "self-test", checks };
}
