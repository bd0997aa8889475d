import type { ApiName } from "./apis.js";
import type { ServiceErrorDetail } from "maps-operations-rest";

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
  readonly status: "Failed";
  readonly elapsedMs: number;
  readonly error?: ServiceErrorDetail;
  readonly exitCode: number;
}

/** `wait` stopped before a terminal status: time ran out or Ctrl-C. */
export interface StoppedEvent {
  readonly event: "timeout" | "interrupted";
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

export type FinalWaitEvent = SucceededEvent | FailedEvent | StoppedEvent | ErrorEvent;
