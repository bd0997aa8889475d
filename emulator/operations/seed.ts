import type { OperationSpec } from "./operation.js";

/**
 * The documents' sample operations, present at start and after a reset. Their timelines are
 * counted in polls so that any client sees every documented state in order, however fast it polls:
 *
 * - Dataset `8b1288fa-1958-4a2b-b68e-13a7i5af7d7c`: NotStarted (1 poll) → Running (2 polls) →
 *   Succeeded, with Resource-Location `<url>/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0`
 *   and the running sample's `created`.
 * - Data Registry `0522b4fe-0539-4c6c-ba70-e35ec865d8e2`: Running with Retry-After 10 (2 polls) →
 *   Completed, as in the Running and Completed samples.
 */
export const SEEDED_OPERATIONS: readonly OperationSpec[] = Object.freeze([
  {
    api: "dataset",
    id: "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
    created: "2021-04-23T19:14:03.2452596+00:00",
    steps: [
      { status: "NotStarted", polls: 1 },
      { status: "Running", polls: 2 },
    ],
    outcome: { status: "Succeeded" },
    retryAfter: 10,
    resourceId: "3e36b996-f6d1-b068-0fcb-dd6b014c3447",
  },
  {
    api: "dataRegistry",
    id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
    created: "2021-04-23T19:14:03.2452596+00:00",
    steps: [{ status: "Running", polls: 2 }],
    outcome: { status: "Completed" },
    retryAfter: 10,
    resourceId: "3e36b996-f6d1-b068-0fcb-dd6b014c3447",
  },
]);
