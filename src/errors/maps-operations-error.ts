/**
 * Base of the errors this package defines: `InvalidArgumentError`, `OperationFailedError` and
 * `OperationTimeoutError`. `code` is stable and machine-readable; the message is for people and
 * never carries a credential. HTTP and connection failures are core's `RestError`, aborts are
 * `AbortError`, as in every Azure SDK.
 */
export abstract class MapsOperationsError extends Error {
  /** Stable, machine-readable: `InvalidArgument`, `OperationFailed` or `OperationTimeout`. */
  abstract readonly code: string;
}

const KNOWN = new Map([
  ["InvalidArgumentError", "InvalidArgument"],
  ["OperationFailedError", "OperationFailed"],
  ["OperationTimeoutError", "OperationTimeout"],
]);

/** True for any error of this package, even one thrown by another copy of it (no `instanceof`). */
export function isMapsOperationsError(error: unknown): error is MapsOperationsError {
  if (error instanceof MapsOperationsError) return true;
  const { name, code } = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
  };
  return typeof name === "string" && KNOWN.get(name) === code;
}

/** Shared by the per-class guards: `instanceof`, or the same name and code from another copy. */
export function matches(error: unknown, name: string, code: string): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === name &&
    (error as { code?: unknown }).code === code
  );
}
