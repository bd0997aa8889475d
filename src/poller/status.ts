import type { OperationStatus } from "@azure/core-lro";
import type { ApiDescriptor } from "../apis.js";

/**
 * The service's status in core-lro's vocabulary, in one place. Each API's own terms: Dataset
 * `NotStarted`, `Running`, `Succeeded`, `Failed`; Data Registry `Running`, `Completed`, `Failed`.
 * Both enums are extensible, so any other value counts as still running, except the Azure-wide
 * `Canceled` (either spelling), which ends the operation.
 */
export function operationStatusOf(api: ApiDescriptor, serviceStatus: string): OperationStatus {
  if (serviceStatus === api.succeeded) return "succeeded";
  if (serviceStatus === api.failed) return "failed";
  if (serviceStatus === "Canceled" || serviceStatus === "Cancelled") return "canceled";
  if (serviceStatus === "NotStarted") return "notStarted";
  return "running";
}

export function isTerminal(status: OperationStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "canceled";
}
