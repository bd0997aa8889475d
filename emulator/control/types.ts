import type { ApiName } from "../apis/api-name.js";
import type { Fault } from "../faults/fault.js";
import type { ErrorDetail } from "../operations/operation.js";

/**
 * JSON accepted by `POST /_emulator/operations` (and `createOperation`). Defaults:
 * `id` a new GUID; `steps` one poll per pending status (Dataset NotStarted, Running; Data Registry
 * Running); `outcome` the success status; `retryAfter` 10 (the document's sample); `created` now;
 * `resourceId` a new GUID; `warning` none; `faults` none.
 */
export interface OperationInput {
  api: ApiName;
  id?: string;
  steps?: ({ status: string; ms: number } | { status: string; polls: number })[];
  /** `"Succeeded"`/`"Completed"`/`"Failed"`, or with an error: `{ status: "Failed", error }`. */
  outcome?: string | { status: string; error?: ErrorDetailInput };
  /** Data Registry: integer seconds sent in Retry-After while running. */
  retryAfter?: number;
  /** Dataset only. */
  created?: string;
  /** Dataset only: the dataset id put in Resource-Location. */
  resourceId?: string;
  /** Dataset only: `LongRunningOperationResult.warning`, sent on every poll. */
  warning?: ErrorDetailInput;
  faults?: FaultRuleInput[];
}

/**
 * A scripted error or warning, in the operation's API shape: Dataset `ErrorDetail` may carry
 * `additionalInfo`, Data Registry `MapsErrorDetail` may carry `innererror`; each refuses the
 * other's. `details` and `innererror` nest at most `limits.maxErrorDepth` levels.
 */
export interface ErrorDetailInput {
  code: string;
  message: string;
  target?: string;
  /** At most `limits.maxErrorDetails` entries. */
  details?: ErrorDetailInput[];
  /** Dataset only; at most `limits.maxErrorDetails` entries. */
  additionalInfo?: { type: string; info: Record<string, unknown> }[];
  /** Data Registry only. */
  innererror?: InnerErrorInput;
}

export interface InnerErrorInput {
  code?: string;
  innererror?: InnerErrorInput;
}

/** JSON accepted by the fault routes: a fault plus how many requests it applies to (default 1). */
export type FaultRuleInput = Fault extends infer F
  ? F extends Fault
    ? Partial<Omit<F, "kind">> & { kind: F["kind"]; count?: number }
    : never
  : never;

/** How the control API shows an operation. */
export interface OperationView {
  api: ApiName;
  id: string;
  /** The Get Operation URL to poll (credentials not included). */
  url: string;
  /** What the next poll would show. */
  status: string;
  /** Polls answered so far. */
  polls: number;
  steps: ({ status: string; ms: number } | { status: string; polls: number })[];
  outcome: { status: string; error?: ErrorDetail };
  created?: string;
  resourceId?: string;
  warning?: ErrorDetail;
  retryAfter?: number;
  faults: { fault: Fault; remaining: number }[];
}
