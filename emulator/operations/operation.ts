import type { ApiName } from "../apis/api-name.js";
import type { FaultQueue } from "../faults/fault-queue.js";
import type { PreparedResponse } from "../http/write.js";

/** One step of a scripted timeline: a pending status and how long it lasts, in ms or in polls. */
export type TimelineStep =
  | { readonly status: string; readonly ms: number }
  | { readonly status: string; readonly polls: number };

/**
 * An error as each API documents it: Dataset `ErrorDetail` (with `additionalInfo`), Data Registry
 * `MapsErrorDetail` (with `innererror`). parse-error.ts keeps each API to its own fields.
 */
export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly target?: string;
  readonly details?: readonly ErrorDetail[];
  /** Dataset only: `ErrorAdditionalInfo` entries. */
  readonly additionalInfo?: readonly ErrorAdditionalInfo[];
  /** Data Registry only: `MapsInnerError`. */
  readonly innererror?: InnerError;
}

export interface ErrorAdditionalInfo {
  readonly type: string;
  readonly info: Readonly<Record<string, unknown>>;
}

export interface InnerError {
  readonly code?: string;
  readonly innererror?: InnerError;
}

/** Where a timeline ends: the API's success status, or `Failed` with an error detail. */
export interface Outcome {
  readonly status: string;
  readonly error?: ErrorDetail;
}

export interface OperationSpec {
  readonly api: ApiName;
  readonly id: string;
  /** The `created` timestamp (Dataset only), fixed at creation so every poll repeats it. */
  readonly created: string;
  readonly steps: readonly TimelineStep[];
  readonly outcome: Outcome;
  /** Seconds sent in Retry-After while a Data Registry operation runs. */
  readonly retryAfter: number;
  /** Dataset id in Resource-Location once a Dataset operation succeeds. */
  readonly resourceId: string;
  /** Dataset only: the `warning` sent on every poll, whatever the status. */
  readonly warning?: ErrorDetail;
}

/** Mutable position in the timeline; advanced only by `observe` in timeline.ts. */
export interface Progress {
  step: number;
  stepStartedAt: number;
  pollsInStep: number;
  polls: number;
}

export interface Operation extends OperationSpec {
  /** Creation order, unique for the emulator's lifetime (reset included): the listing's cursor. */
  readonly serial: number;
  readonly progress: Progress;
  readonly faults: FaultQueue;
  /**
   * Its 200 answers without a fault, by status, serialised on first use: they depend only on the
   * spec, which never changes, and on the emulator's base URL, fixed once it listens.
   */
  readonly answers: Map<string, PreparedResponse>;
}
