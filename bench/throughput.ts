/**
 * Calls per second of one synchronous function, for the benchmark (no assertions here or in
 * tests: timing on a shared CI box is noise), and the compiled body check of a response, as the
 * validator compiles it, for the floor it is measured against.
 */
import type { ValidateFunction } from "ajv";
import { compileModel } from "../conformance/validator/schema/compile.js";
import { loadSpecs } from "../conformance/validator/spec/load.js";
import { responseFor } from "../conformance/validator/status.js";

export interface ThroughputOptions {
  /** Calls per timed batch. Default 100,000. */
  readonly batch?: number;
  /** Keep running batches until this much time passed. Default 1000 ms. */
  readonly minMilliseconds?: number;
}

/** Runs `call` in batches until `minMilliseconds` passed, after one warm-up batch. */
export function perSecond(call: () => unknown, options: ThroughputOptions = {}): number {
  const batch = options.batch ?? 100_000;
  const minNanoseconds = BigInt(Math.round((options.minMilliseconds ?? 1000) * 1e6));
  // Warm-up, so the JIT has optimised the code before timing starts.
  for (let i = 0; i < batch; i++) call();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed: bigint;
  do {
    for (let i = 0; i < batch; i++) call();
    calls += batch;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < minNanoseconds);
  return calls / (Number(elapsed) / 1e9);
}

/** The ajv function the validator compiles for a response body: no records, no coverage. */
export function compiledBodyCheck(
  specPaths: readonly string[],
  operationId: string,
  status: number,
): ValidateFunction {
  const model = loadSpecs(specPaths);
  const operation = model.operations.get(operationId);
  const response = operation && responseFor(operation, status);
  const check = response && compileModel(model, []).get(operationId)?.get(response.key)?.body;
  if (!check) throw new RangeError(`${operationId} ${status} has no body schema to measure`);
  return check;
}
