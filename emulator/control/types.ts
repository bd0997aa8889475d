import type { ApiName } from "../apis/api-name.js";
import type { Fault } from "../faults/fault.js";

/**
 * JSON accepted by `POST /_emulator/operations` (and `createOperation`). Defaults:
 * `id` a new GUID; `steps` one poll per pending status (Dataset NotStarted, Running; Data Registry
 * Running); `outcome` the success status; `retryAfter` 10 (the document's sample); `created` now;
 * `resourceId` a new GUID; `faults` none.
 */
export interface OperationInput {
  api: ApiName;
  id?: string;
  steps?: ({ status: string; ms: number } | { status: string; polls: number })[];
  /** `"Succeeded"`/`"Completed"`/`"Failed"`, or with an error: `{ status: "Failed", error }`. */
  outcome?: string | { status: string; error?: { code: string; message: string; target?: string } };
  /** Data Registry: integer seconds sent in Retry-After while running. */
  retryAfter?: number;
  /** Dataset only. */
  created?: string;
  /** Dataset only: the dataset id put in Resource-Location. */
  resourceId?: string;
  faults?: FaultRuleInput[];
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
  outcome: { status: string; error?: Record<string, unknown> };
  created?: string;
  resourceId?: string;
  retryAfter?: number;
  faults: { fault: Fault; remaining: number }[];
}
