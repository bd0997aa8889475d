/**
 * Base of every error this package throws on purpose. `code` is stable and machine-readable; the
 * message is for people and never carries a credential.
 */
export abstract class MapsOperationsError extends Error {
  abstract readonly code: string;
}

const KNOWN_NAMES = new Set([
  "InvalidArgumentError",
  "OperationFailedError",
  "UnexpectedResponseError",
  "ConnectionError",
  "MalformedResponseError",
  "WaitTimeoutError",
  "WaitAbortedError",
]);

/** True for any error of this package, even one thrown by another copy of it (no `instanceof`). */
export function isMapsOperationsError(error: unknown): error is MapsOperationsError {
  return (
    error instanceof MapsOperationsError ||
    (error instanceof Error &&
      KNOWN_NAMES.has(error.name) &&
      typeof (error as { code?: unknown }).code === "string")
  );
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
