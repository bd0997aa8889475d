/**
 * Assertions whose failure message carries the data: node's `assert.deepEqual(a, b, message)`
 * replaces its diff by the message, and a contract failure must say which violation, where.
 */
import { AssertionError } from "node:assert";

interface ViolationLike {
  readonly code: string;
  readonly location: string;
  readonly pointer: string;
  readonly message?: string;
  readonly method?: string;
  readonly url?: string;
}

/** One line per violation: code, where, message, request. */
export function describeViolation(v: ViolationLike): string {
  const request = v.method !== undefined && v.url !== undefined ? ` (${v.method} ${v.url})` : "";
  return `${v.code} ${v.location} ${v.pointer || "/"}${v.message ? `: ${v.message}` : ""}${request}`;
}

/** Fails, listing them, when there are any. */
export function expectNone(items: readonly string[], what: string): void {
  if (items.length === 0) return;
  throw new AssertionError({
    message: `${items.length} ${what}:\n${items.map((item) => `- ${item}`).join("\n")}`,
  });
}

export function expectNoViolations(violations: readonly ViolationLike[]): void {
  expectNone(violations.map(describeViolation), "violation(s)");
}

/** Fails when the violations found are not exactly the expected ones (code, location, pointer). */
export function expectViolations(
  found: readonly ViolationLike[],
  expected: readonly ViolationLike[],
): void {
  const key = (v: ViolationLike) => `${v.code} ${v.location} ${v.pointer || "/"}`;
  // Compared as multisets: each expected one takes one found one, so [A, A, B] ≠ [A, B, B].
  const unclaimed = found.map((v) => ({ v, key: key(v) }));
  const missing: string[] = [];
  for (const k of expected.map(key)) {
    const at = unclaimed.findIndex((u) => u.key === k);
    if (at === -1) missing.push(k);
    else unclaimed.splice(at, 1);
  }
  const extra = unclaimed.map((u) => describeViolation(u.v));
  if (missing.length === 0 && extra.length === 0) return;
  throw new AssertionError({
    message: [
      "the violations found are not the expected ones",
      ...missing.map((k) => `- expected, not found: ${k}`),
      ...extra.map((line) => `- found, not expected: ${line}`),
    ].join("\n"),
  });
}
