/** What reading a body gives: its JSON value, nothing, or the reason it is not one. */
import type { ViolationCode } from "../codes.js";

export interface BodyLimits {
  readonly maxBodyBytes: number;
  readonly maxDepth: number;
}

export type BodyRead =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "absent" }
  | {
      readonly kind: "violation";
      readonly code: ViolationCode;
      readonly keyword: string;
      readonly message: string;
    };

export function violation(code: ViolationCode, keyword: string, message: string): BodyRead {
  return { kind: "violation", code, keyword, message };
}

export function tooLarge(bytes: number, limits: BodyLimits, what = "body has"): BodyRead {
  return violation(
    "BODY_TOO_LARGE",
    "maxBodyBytes",
    `${what} at least ${bytes} bytes, over the limit of ${limits.maxBodyBytes}`,
  );
}

export function tooDeep(limits: BodyLimits): BodyRead {
  return violation(
    "BODY_TOO_DEEP",
    "maxDepth",
    `body nests objects/arrays deeper than the limit of ${limits.maxDepth} levels`,
  );
}
