import {
  isInvalidArgumentError,
  isOperationFailedError,
  isOperationTimeoutError,
} from "maps-operations-rest";
import { isUsageError } from "./usage-error.js";

/** The CLI's exit codes; `--help` and the README list the same table. */
export const EXIT = Object.freeze({
  /** The operation succeeded (`status`: also still in progress). */
  ok: 0,
  /** The service reported the operation as Failed. */
  operationFailed: 1,
  /** Bad arguments, no credential, or a command that cannot run here; nothing was sent. */
  usage: 2,
  /** `wait` gave up after `--timeout`. */
  timeout: 3,
  /** Authentication failed, or the service answered unexpectedly (or not at all). */
  service: 4,
  /** Ctrl-C (SIGINT) during `wait`, as shells report it. */
  interrupted: 130,
});

/** One of `EXIT`'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Entra ID failures from @azure/identity, recognised by name so no import is needed. */
const AUTH_ERROR_NAMES = new Set([
  "CredentialUnavailableError",
  "AuthenticationError",
  "AggregateAuthenticationError",
  "AuthenticationRequiredError",
]);

export function exitCodeOf(error: unknown): ExitCode {
  if (isUsageError(error) || isInvalidArgumentError(error)) return EXIT.usage;
  if (isOperationFailedError(error)) return EXIT.operationFailed;
  if (isOperationTimeoutError(error)) return EXIT.timeout;
  if (isAbortError(error)) return EXIT.interrupted;
  // RestError (an HTTP error, a malformed answer, no answer), credential failures, and anything
  // else we did not classify: "the call did not work" is one code.
  return EXIT.service;
}

export function isAuthenticationError(error: unknown): boolean {
  return error instanceof Error && AUTH_ERROR_NAMES.has(error.name);
}

/** `AbortError` from @azure/abort-controller, or the platform's. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
