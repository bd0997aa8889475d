import type { ApiName } from "../apis/api-name.js";
import type { FaultQueue } from "../faults/fault-queue.js";

/** One step of a scripted timeline: a pending status and how long it lasts, in ms or in polls. */
export type TimelineStep =
  | { readonly status: string; readonly ms: number }
  | { readonly status: string; readonly polls: number };

/** Where a timeline ends: the API's success status, or `Failed` with an error detail. */
export interface Outcome {
  readonly status: string;
  readonly error?: Readonly<Record<string, unknown>>;
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
}

/** Mutable position in the timeline; advanced only by `observe` in timeline.ts. */
export interface Progress {
  step: number;
  stepStartedAt: number;
  pollsInStep: number;
  polls: number;
}

export interface Operation extends OperationSpec {
  readonly progress: Progress;
  readonly faults: FaultQueue;
}
