/**
 * Throughput of a compiled body check, for the benchmark (no assertions here or in tests: timing
 * on a shared CI box is noise). Measures the ajv function alone, on an already parsed body —
 * parsing, headers and records are outside the hot path being measured.
 */
import type { ResponseValidator } from "./validator.js";

export interface Throughput {
  readonly validations: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** The result of the last call, so a benchmark can assert it measured the passing path. */
  readonly valid: boolean;
}

export interface ThroughputOptions {
  readonly operationId: string;
  readonly status: number;
  readonly body: unknown;
  /** Calls per timed batch. Default 100,000. */
  readonly batch?: number;
  /** Keep running batches until this much time passed. Default 1000 ms. */
  readonly minMilliseconds?: number;
}

export function measureBodyThroughput(
  validator: ResponseValidator,
  options: ThroughputOptions,
): Throughput {
  const validate = validator.bodyValidator(options.operationId, options.status);
  if (!validate) {
    throw new RangeError(`${options.operationId} ${options.status} has no body schema to measure`);
  }
  const batch = options.batch ?? 100_000;
  const minNanoseconds = BigInt(Math.round((options.minMilliseconds ?? 1000) * 1e6));
  const { body } = options;
  let valid = validate(body);
  // Warm-up, so the JIT has optimised the compiled function before timing starts.
  for (let i = 0; i < batch; i++) valid = validate(body);
  let validations = 0;
  const start = process.hrtime.bigint();
  let elapsed: bigint;
  do {
    for (let i = 0; i < batch; i++) valid = validate(body);
    validations += batch;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < minNanoseconds);
  const seconds = Number(elapsed) / 1e9;
  return { validations, seconds, perSecond: validations / seconds, valid };
}
