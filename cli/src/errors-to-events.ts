import {
  isMapsOperationsError,
  isOperationFailedError,
  isUnexpectedResponseError,
  isWaitAbortedError,
  isWaitTimeoutError,
} from "maps-operations-rest";
import type { ApiName } from "./apis.js";
import type { ErrorEvent, FinalWaitEvent } from "./events.js";
import { exitCodeOf, isAuthenticationError } from "./exit-codes.js";

/** Any thrown error as an `error` event. The message is the error's own (already redacted). */
export function errorEvent(error: unknown): ErrorEvent {
  const code = isMapsOperationsError(error)
    ? error.code
    : isAuthenticationError(error)
      ? "AuthenticationFailed"
      : "Unexpected";
  const message =
    error instanceof Error ? firstLines(error.message) : `unexpected error: ${String(error)}`;
  return {
    event: "error",
    code,
    message,
    ...(isUnexpectedResponseError(error) ? { httpStatus: error.status } : {}),
    exitCode: exitCodeOf(error),
  };
}

/** How a `wait` ended when the waiter threw. */
export function waitErrorEvent(
  error: unknown,
  api: ApiName,
  operationId: string,
  elapsedMs: number,
): FinalWaitEvent {
  const exitCode = exitCodeOf(error);
  if (isOperationFailedError(error)) {
    return {
      event: "failed",
      api,
      operationId,
      status: "Failed",
      elapsedMs,
      ...(error.error === undefined ? {} : { error: error.error }),
      exitCode,
    };
  }
  if (isWaitTimeoutError(error) || isWaitAbortedError(error)) {
    return {
      event: isWaitTimeoutError(error) ? "timeout" : "interrupted",
      api,
      operationId,
      ...(error.lastStatus === undefined ? {} : { lastStatus: error.lastStatus }),
      polls: error.polls,
      elapsedMs,
      exitCode,
    };
  }
  return errorEvent(error);
}

/** @azure/identity's aggregate messages run to many lines; the first few say what failed. */
function firstLines(text: string): string {
  const lines = text.split("\n");
  return lines.length <= 6 ? text : `${lines.slice(0, 6).join("\n")}\n…`;
}
