import type { ResponseInput, ViolationCode, ViolationLocation } from "../validator/index.js";

/** What a validator must report for a mutated response: nothing, or exactly these violations. */
export interface ExpectedViolation {
  readonly code: ViolationCode;
  readonly location: ViolationLocation;
  readonly pointer: string;
}

export type Expectation =
  { readonly ok: true } | { readonly ok: false; readonly violations: readonly ExpectedViolation[] };

/** One row of the self-test table: `[name, { given, want }]`. */
export interface Mutation {
  /** Unique within one sample, e.g. `drop required /status`. */
  readonly name: string;
  readonly given: ResponseInput;
  readonly want: Expectation;
}

export const ACCEPT: Expectation = { ok: true };

export function reject(...violations: ExpectedViolation[]): Expectation {
  return { ok: false, violations };
}
