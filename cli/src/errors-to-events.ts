import { isRestError } from "@azure/core-rest-pipeline";
import {
  isMapsOperationsError,
  isOperationFailedError,
  isOperationTimeoutError,
} from "maps-operations-rest";
import type { ApiName } from "./apis.js";
import type { ErrorEvent, FinalWaitEvent, RetryEvent } from "./events.js";
import { exitCodeOf, isAbortError, isAuthenticationError } from "./exit-codes.js";

/** Any thrown error as an `error` event. The message is the error's own (already redacted). */
export function errorEvent(error: unknown): ErrorEvent {
  return {
    event: "error",
    ...describeError(error),
    exitCode: exitCodeOf(error),
  };
}

/** A failed poll the wait will retry, as a `retry` event. */
export function retryEvent(
  base: Omit<RetryEvent, "event" | "code" | "message" | "httpStatus">,
  error: unknown,
): RetryEvent {
  return { event: "retry", ...base, ...describeError(error) };
}

function describeError(error: unknown): { code: string; message: string; httpStatus?: number } {
  const code = isMapsOperationsError(error)
    ? error.code
    : isRestError(error)
      ? (error.code ?? "RestError")
      : isAuthenticationError(error)
        ? "AuthenticationFailed"
        : "Unexpected";
  const message =
    error instanceof Error ? firstLines(error.message) : `unexpected error: ${String(error)}`;
  return {
    code,
    message,
    ...(isRestError(error) && error.statusCode !== undefined
      ? { httpStatus: error.statusCode }
      : {}),
  };
}

/** How a `wait` ended when the poller threw; `seen` is how far it got. */
export function waitErrorEvent(
  error: unknown,
  api: ApiName,
  operationId: string,
  elapsedMs: number,
  seen: { lastStatus: string | undefined; polls: number },
): FinalWaitEvent {
  const exitCode = exitCodeOf(error);
  if (isOperationFailedError(error)) {
    return {
      event: "failed",
      api,
      operationId,
      status: error.status,
      elapsedMs,
      ...(error.error === undefined ? {} : { error: error.error }),
      exitCode,
    };
  }
  if (isOperationTimeoutError(error)) {
    return {
      event: "timeout",
      api,
      operationId,
      ...(error.lastStatus === undefined ? {} : { lastStatus: error.lastStatus }),
      polls: error.polls,
      elapsedMs,
      reason: error.reason.replace(/maxWaitInMs/g, "--timeout"),
      exitCode,
    };
  }
  if (isAbortError(error)) {
    return {
      event: "interrupted",
      api,
      operationId,
      ...(seen.lastStatus === undefined ? {} : { lastStatus: seen.lastStatus }),
      polls: seen.polls,
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
