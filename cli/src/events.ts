import type { ServiceErrorDetail } from "maps-operations-rest";
import type { ApiName } from "./apis.js";

/**
 * What `status` and `wait` report, as plain data. The renderers (line, TTY, JSON) turn these into
 * text; `--json` prints them as they are, one object per line.
 */
export interface StatusEvent {
  readonly event: "status";
  readonly api: ApiName;
  readonly operationId: string;
  readonly status: string;
  /** Succeeded/Completed or Failed. */
  readonly terminal: boolean;
  readonly resourceLocation?: string;
  readonly datasetId?: string;
  readonly error?: ServiceErrorDetail;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs?: number;
  readonly exitCode: number;
}

/** A poll answered with a status. */
export interface ProgressEvent {
  readonly event: "progress";
  readonly api: ApiName;
  readonly operationId: string;
  readonly status: string;
  readonly polls: number;
  readonly elapsedMs: number;
  /** undefined once the status is terminal. */
  readonly nextPollInMs?: number;
}

/** A poll that failed (429, 5xx, no answer, a malformed answer) and will be retried. */
export interface RetryEvent {
  readonly event: "retry";
  readonly api: ApiName;
  readonly operationId: string;
  readonly polls: number;
  /** Failed polls in a row. */
  readonly failedPolls: number;
  readonly elapsedMs: number;
  readonly nextPollInMs?: number;
  readonly code: string;
  readonly message: string;
  readonly httpStatus?: number;
}

/** Nothing new for a while (at least every 5 s without output): still waiting. */
export interface WaitingEvent {
  readonly event: "waiting";
  readonly api: ApiName;
  readonly operationId: string;
  /** The last status seen; undefined before the first answer. */
  readonly status?: string;
  readonly polls: number;
  readonly elapsedMs: number;
  /** Time left before the next poll. */
  readonly nextPollInMs?: number;
}

export interface SucceededEvent {
  readonly event: "succeeded";
  readonly api: ApiName;
  readonly operationId: string;
  readonly status: string;
  readonly polls: number;
  readonly elapsedMs: number;
  readonly resourceLocation?: string;
  readonly datasetId?: string;
  readonly exitCode: number;
}

export interface FailedEvent {
  readonly event: "failed";
  readonly api: ApiName;
  readonly operationId: string;
  /** `Failed`, or `Canceled`. */
  readonly status: string;
  readonly elapsedMs: number;
  readonly error?: ServiceErrorDetail;
  readonly exitCode: number;
}

/** `wait` ran out of time (`--timeout`), or the server asked to wait past it. */
export interface TimeoutEvent {
  readonly event: "timeout";
  readonly api: ApiName;
  readonly operationId: string;
  readonly lastStatus?: string;
  readonly polls: number;
  readonly elapsedMs: number;
  /** Why, e.g. `the server asked to wait 10s before the next poll, past --timeout 5s`. */
  readonly reason: string;
  readonly exitCode: number;
}

/** `wait` was stopped by Ctrl-C. */
export interface InterruptedEvent {
  readonly event: "interrupted";
  readonly api: ApiName;
  readonly operationId: string;
  readonly lastStatus?: string;
  readonly polls: number;
  readonly elapsedMs: number;
  readonly exitCode: number;
}

/** The call did not work: HTTP error, authentication, malformed answer, no answer. */
export interface ErrorEvent {
  readonly event: "error";
  readonly code: string;
  readonly message: string;
  /** The HTTP status, when there was an answer. */
  readonly httpStatus?: number;
  readonly exitCode: number;
}

export type FinalWaitEvent =
  SucceededEvent | FailedEvent | TimeoutEvent | InterruptedEvent | ErrorEvent;
