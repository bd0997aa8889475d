/**
 * Which declared response describes a status code. An exact key wins; otherwise `default`, unless
 * it is an error-only default (`x-ms-error-response: true`) and the status is not 4xx/5xx.
 */
import type { OperationModel, ResponseModel } from "./spec/model.js";

export function responseFor(operation: OperationModel, status: number): ResponseModel | undefined {
  if (!Number.isInteger(status) || status < 100 || status > 599) return undefined;
  const exact = operation.responses.get(String(status));
  if (exact) return exact;
  const fallback = operation.responses.get("default");
  if (!fallback) return undefined;
  return fallback.errorOnly && status < 400 ? undefined : fallback;
}

export function declaredStatuses(operation: OperationModel): string[] {
  return [...operation.responses.keys()];
}
