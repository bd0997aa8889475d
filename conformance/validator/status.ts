/**
 * Which declared response describes a status code. An exact key wins; otherwise `default`, for a
 * 4xx or 5xx status. A `default` also describes another status (1xx–3xx) only when the operation
 * declares no status below 400, so that it is the only description of success there is; unless
 * it is an error-only default (`x-ms-error-response: true`).
 *
 * Swagger 2.0 lets `default` cover any undeclared status; oav uses it for 4xx/5xx only, and so
 * does the generated client, whose `isUnexpected` is true for any status not declared by code.
 * An undeclared success beside declared ones is then a response the client takes for an error.
 */
import type { OperationModel, ResponseModel } from "./spec/model.js";

export function responseFor(operation: OperationModel, status: number): ResponseModel | undefined {
  if (!Number.isInteger(status) || status < 100 || status > 599) return undefined;
  const exact = operation.responses.get(String(status));
  if (exact) return exact;
  const fallback = operation.responses.get("default");
  if (!fallback || status >= 400) return fallback;
  return defaultCoversErrorsOnly(operation) ? undefined : fallback;
}

/** Whether the operation's `default` (if any) describes 4xx and 5xx statuses only. */
export function defaultCoversErrorsOnly(operation: OperationModel): boolean {
  if (operation.responses.get("default")?.errorOnly) return true;
  for (const key of operation.responses.keys()) if (/^[123]\d\d$/.test(key)) return true;
  return false;
}

/** 1xx, 204 and 304: answers that end with their header section (RFC 9110 §6.4.1). */
export function hasNoContent(status: number): boolean {
  return status < 200 || status === 204 || status === 304;
}

export function declaredStatuses(operation: OperationModel): string[] {
  return [...operation.responses.keys()];
}
