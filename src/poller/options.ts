import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "../safety/describe.js";
import type { AbortSignalLike } from "./abort.js";

/** Options of `createOperationPoller` (and of `waitForOperation`). Times in milliseconds. */
export interface OperationPollerOptions {
  /** Delay between polls when the server sends no `Retry-After`. Default 2000. */
  intervalInMs?: number;
  /**
   * Floor of every delay, `Retry-After` and retries included: a `Retry-After: 0` cannot cause a
   * poll storm. At least 1. Default 1000; tests may set a few ms.
   */
  minIntervalInMs?: number;
  /**
   * `pollUntilDone` gives up with `OperationTimeoutError` after this long, or at once when the
   * server asks to wait past it. `Infinity` for no limit. Default 1800000 (30 minutes).
   */
  maxWaitInMs?: number;
  /** A request that takes longer counts as a failed poll (code `RequestTimeout`). Default 30000. */
  requestTimeoutInMs?: number;
  /**
   * Failed polls in a row (408, 429, 500, 502, 503, 504, no answer, a malformed answer) that
   * `pollUntilDone` retries before it throws the last one. Default 5.
   */
  maxRetries?: number;
  /** First delay after a failed poll, doubled each time up to `maxRetryDelayInMs`. Default 1000. */
  retryDelayInMs?: number;
  /** Default 30000. */
  maxRetryDelayInMs?: number;
  /** Stops `pollUntilDone` (with `AbortError`) and the request in flight. */
  abortSignal?: AbortSignalLike;
  /** A state from `poller.toString()`, `serialize()` or an error's `resumeState`: continue from it. */
  restoreFrom?: string;
}

/** The defaults of `OperationPollerOptions`. */
export const POLLER_DEFAULTS = Object.freeze({
  intervalInMs: 2000,
  minIntervalInMs: 1000,
  maxWaitInMs: 30 * 60 * 1000,
  requestTimeoutInMs: 30_000,
  maxRetries: 5,
  retryDelayInMs: 1000,
  maxRetryDelayInMs: 30_000,
});

export interface NormalisedPollerOptions {
  readonly intervalInMs: number;
  readonly minIntervalInMs: number;
  readonly maxWaitInMs: number;
  readonly requestTimeoutInMs: number;
  readonly maxRetries: number;
  readonly retryDelayInMs: number;
  readonly maxRetryDelayInMs: number;
  readonly abortSignal: AbortSignalLike | undefined;
  readonly restoreFrom: string | undefined;
}

/** setTimeout's largest delay: a longer one fires at once (TimeoutOverflowWarning). */
export const MAX_TIMER_MS = 2_147_483_647;

/** Checks and completes options; `extra` names the caller's own option keys, checked by it. */
export function normalisePollerOptions(
  options: unknown,
  extra: readonly string[] = [],
): NormalisedPollerOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError("options", "an object or undefined", describe(options));
  }
  const given = options as Record<string, unknown>;
  const known = new Set([...Object.keys(POLLER_DEFAULTS), "abortSignal", "restoreFrom", ...extra]);
  for (const key of Object.keys(given)) {
    if (!known.has(key) && given[key] !== undefined) {
      throw new InvalidArgumentError(
        `options.${key}`,
        `absent (known options: ${[...known].join(", ")})`,
        describe(given[key]),
      );
    }
  }
  const int = (name: keyof typeof POLLER_DEFAULTS, min: number, max: number): number => {
    const value = given[name] ?? POLLER_DEFAULTS[name];
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) {
      return value;
    }
    throw new InvalidArgumentError(
      `options.${name}`,
      `an integer from ${min} to ${max}`,
      describe(value),
    );
  };
  const maxWaitInMs =
    given.maxWaitInMs === Infinity ? Infinity : int("maxWaitInMs", 1, Number.MAX_SAFE_INTEGER);
  const abortSignal = given.abortSignal;
  if (
    abortSignal !== undefined &&
    (typeof abortSignal !== "object" ||
      abortSignal === null ||
      typeof (abortSignal as AbortSignalLike).addEventListener !== "function")
  ) {
    throw new InvalidArgumentError("options.abortSignal", "an AbortSignal", describe(abortSignal));
  }
  const restoreFrom = given.restoreFrom;
  if (restoreFrom !== undefined && typeof restoreFrom !== "string") {
    throw new InvalidArgumentError(
      "options.restoreFrom",
      "a string from poller.toString() or an error's resumeState",
      describe(restoreFrom),
    );
  }
  return Object.freeze({
    intervalInMs: int("intervalInMs", 0, MAX_TIMER_MS),
    minIntervalInMs: int("minIntervalInMs", 1, MAX_TIMER_MS),
    maxWaitInMs,
    requestTimeoutInMs: int("requestTimeoutInMs", 1, MAX_TIMER_MS),
    maxRetries: int("maxRetries", 0, 100),
    retryDelayInMs: int("retryDelayInMs", 0, MAX_TIMER_MS),
    maxRetryDelayInMs: int("maxRetryDelayInMs", 0, MAX_TIMER_MS),
    abortSignal: abortSignal as AbortSignalLike | undefined,
    restoreFrom,
  });
}
