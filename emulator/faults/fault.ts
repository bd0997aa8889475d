/**
 * Faults the emulator can inject, by name. Three families, by when they act:
 * - `latency` delays the answer, which is then normal;
 * - "replacing" faults answer instead of the operation, which is not polled: `throttle` (429),
 *   `serverError` (500), `unavailable` (503), `reset` (connection reset), `hang` (never answers);
 * - "mutating" faults alter the answer that would have been sent: `truncatedBody`, `nonJsonBody`,
 *   `wrongContentType`, and the schema violations `missingProperty`, `wrongEnum`, `wrongType`,
 *   `badHeader`.
 */
export type Fault =
  | { readonly kind: "latency"; readonly ms: number }
  | { readonly kind: "throttle"; readonly retryAfter: number }
  | { readonly kind: "serverError" }
  | { readonly kind: "unavailable"; readonly retryAfter?: number }
  | { readonly kind: "reset" }
  | { readonly kind: "hang" }
  | { readonly kind: "truncatedBody" }
  | { readonly kind: "nonJsonBody" }
  | { readonly kind: "wrongContentType"; readonly contentType: string }
  | { readonly kind: "missingProperty"; readonly property: string }
  | { readonly kind: "wrongEnum" }
  | { readonly kind: "wrongType" }
  | { readonly kind: "badHeader"; readonly value?: string };

export type FaultKind = Fault["kind"];

export const FAULT_KINDS: readonly FaultKind[] = Object.freeze([
  "latency",
  "throttle",
  "serverError",
  "unavailable",
  "reset",
  "hang",
  "truncatedBody",
  "nonJsonBody",
  "wrongContentType",
  "missingProperty",
  "wrongEnum",
  "wrongType",
  "badHeader",
]);

export type ReplacingFault = Extract<
  Fault,
  { kind: "throttle" | "serverError" | "unavailable" | "reset" | "hang" }
>;
export type MutatingFault = Exclude<Fault, ReplacingFault | { kind: "latency" }>;

export function isReplacing(fault: Fault): fault is ReplacingFault {
  return ["throttle", "serverError", "unavailable", "reset", "hang"].includes(fault.kind);
}

/** A fault with how many more requests it applies to. */
export interface FaultRule {
  readonly fault: Fault;
  remaining: number;
}
