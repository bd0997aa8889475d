/**
 * One validator for a test file (creation compiles every schema: do it once), and the samples.
 */
import {
  createValidator,
  loadExampleSamples,
  type ResponseValidator,
  type Sample,
  type Violation,
} from "../../../../conformance/validator/index.js";
import { parseSeedSamples, SEED_FILES } from "./seedSamples.js";

export function setup(): { validator: ResponseValidator; examples: Sample[]; seeds: Sample[] } {
  const validator = createValidator();
  return {
    validator,
    examples: loadExampleSamples(validator.model),
    seeds: SEED_FILES.flatMap((file) => parseSeedSamples(file, validator.model)),
  };
}

/** The parts of a violation a test asserts: stable code, where, and the pointer. */
export function brief(
  violations: readonly Pick<Violation, "code" | "location" | "pointer">[],
): [string, string, string][] {
  return violations
    .map((v): [string, string, string] => [v.code, v.location, v.pointer])
    .sort((a, b) => a.join(" ").localeCompare(b.join(" ")));
}

export function sampleName(sample: Sample): string {
  return `${sample.operationId} "${sample.title}" (${sample.source.split("/").pop()})`;
}
