/**
 * What reading a body gives: its JSON value, or a `BodyProblem` saying why there is none. A
 * problem is a class instance, which no parsed JSON value can be, so the passing path returns the
 * value itself and allocates nothing around it.
 */
import type { ViolationCode } from "../codes.js";

export interface BodyLimits {
  readonly maxBodyBytes: number;
  readonly maxDepth: number;
}

/** The parts of the violation record a body without a usable value gives. */
export class BodyProblem {
  constructor(
    readonly code: ViolationCode,
    readonly keyword: string,
    readonly message: string,
  ) {}
}

/** The body's value, or why it has none. */
export type BodyRead = unknown;

/** No body, or an empty one, where the response declares one. */
export const ABSENT = new BodyProblem(
  "INVALID_RESPONSE_BODY",
  "required",
  "body is required but the response has none",
);

export function tooLarge(bytes: number, limits: BodyLimits, what = "body has"): BodyProblem {
  return new BodyProblem(
    "BODY_TOO_LARGE",
    "maxBodyBytes",
    `${what} at least ${bytes} bytes, over the limit of ${limits.maxBodyBytes}`,
  );
}

export function tooDeep(limits: BodyLimits): BodyProblem {
  return new BodyProblem(
    "BODY_TOO_DEEP",
    "maxDepth",
    `body nests objects/arrays deeper than the limit of ${limits.maxDepth} levels`,
  );
}
