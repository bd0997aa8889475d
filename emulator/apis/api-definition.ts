import type { EmulatorError } from "../errors/emulator-error.js";
import type { ApiResponse } from "../http/api-response.js";
import type { Operation } from "../operations/operation.js";
import type { ApiName } from "./api-name.js";

/** Everything that differs between the two emulated Get Operation endpoints. */
export interface ApiDefinition {
  readonly name: ApiName;
  /** Path up to the operationId, e.g. `/datasets/operations/`. */
  readonly pathPrefix: string;
  readonly apiVersion: string;
  /** The Dataset document puts `subscription-key` in the query; Data Registry only in a header. */
  readonly keyInQuery: boolean;
  /** The spec's operationId pattern, if it has one. */
  readonly operationIdPattern?: RegExp;
  /** Statuses a timeline step may show before the outcome. */
  readonly pendingStatuses: readonly string[];
  readonly successStatus: string;
  readonly failedStatus: string;
  /** The 200 answer for `operation` now showing `status`. */
  statusResponse(operation: Operation, status: string, baseUrl: string): ApiResponse;
  /** Any non-200 answer, in this API's error shape. */
  errorResponse(error: EmulatorError): ApiResponse;
}
