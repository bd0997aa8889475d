import type { AbortSignalLike } from "./abort.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "../safety/describe.js";
import type { OperationProgress } from "./results.js";

/** Options of `waitForOperation` and `resumeOperation`. All times in milliseconds. */
export interface WaitForOperationOptions {
  /** Delay between polls when the server sends no Retry-After. Default 2000. */
  intervalMs?: number;
  /**
   * Floor of every delay, Retry-After included (a `Retry-After: 0` cannot cause a poll storm).
   * At least 1. Default 1000; tests may set a few ms.
   */
  minIntervalMs?: number;
  /** Give up with `WaitTimeoutError` after this long. `Infinity` for no limit. Default 1800000 (30 min). */
  maxWaitMs?: number;
  /** Per-request timeout; a request that takes longer counts as a transient fault. Default 30000. */
  requestTimeoutMs?: number;
  /**
   * Consecutive transient faults (429, 500, 502, 503, 504, connection errors, malformed answers)
   * retried before the last one is thrown. Default 5.
   */
  maxRetries?: number;
  /** First backoff after a transient fault, doubled each time up to `maxRetryDelayMs`. Default 1000. */
  retryDelayMs?: number;
  /** Default 30000. */
  maxRetryDelayMs?: number;
  /** Stops the wait at once with `WaitAbortedError`, cancelling the request in flight. */
  abortSignal?: AbortSignalLike;
  /** Called after every poll that returned a status, the terminal one included. */
  onProgress?: (progress: OperationProgress) => void;
}

export interface NormalisedWaitOptions {
  readonly intervalMs: number;
  readonly minIntervalMs: number;
  readonly maxWaitMs: number;
  readonly requestTimeoutMs: number;
  readonly maxRetries: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly abortSignal: AbortSignalLike | undefined;
  readonly onProgress: ((progress: OperationProgress) => void) | undefined;
}

export const WAIT_DEFAULTS = Object.freeze({
  intervalMs: 2000,
  minIntervalMs: 1000,
  maxWaitMs: 30 * 60 * 1000,
  requestTimeoutMs: 30_000,
  maxRetries: 5,
  retryDelayMs: 1000,
  maxRetryDelayMs: 30_000,
});

/** setTimeout's largest delay; longer budgets must be `Infinity`. */
const MAX_TIMER_MS = 2_147_483_647;

export function normaliseWaitOptions(options: unknown): NormalisedWaitOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError("options", "an object or undefined", describe(options));
  }
  const given = options as Record<string, unknown>;
  const int = (name: keyof typeof WAIT_DEFAULTS, min: number, max = MAX_TIMER_MS): number => {
    const value = given[name] ?? WAIT_DEFAULTS[name];
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) {
      return value;
    }
    throw new InvalidArgumentError(
      `options.${name}`,
      `an integer from ${min} to ${max}`,
      describe(value),
    );
  };
  const maxWaitMs = given.maxWaitMs === Infinity ? Infinity : int("maxWaitMs", 1);
  const abortSignal = given.abortSignal;
  if (
    abortSignal !== undefined &&
    (typeof abortSignal !== "object" ||
      abortSignal === null ||
      typeof (abortSignal as AbortSignalLike).addEventListener !== "function")
  ) {
    throw new InvalidArgumentError("options.abortSignal", "an AbortSignal", describe(abortSignal));
  }
  const onProgress = given.onProgress;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidArgumentError("options.onProgress", "a function", describe(onProgress));
  }
  return Object.freeze({
    intervalMs: int("intervalMs", 0),
    minIntervalMs: int("minIntervalMs", 1),
    maxWaitMs,
    requestTimeoutMs: int("requestTimeoutMs", 1),
    maxRetries: int("maxRetries", 0, 100),
    retryDelayMs: int("retryDelayMs", 0),
    maxRetryDelayMs: int("maxRetryDelayMs", 0),
    abortSignal: abortSignal as AbortSignalLike | undefined,
    onProgress: onProgress as NormalisedWaitOptions["onProgress"],
  });
}
