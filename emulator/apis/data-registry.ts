import { MethodNotAllowedError } from "../errors/api-errors.js";
import { jsonResponse } from "../http/api-response.js";
import type { ApiDefinition } from "./api-definition.js";

/** Data Registry - Get Operation, api-version 2023-06-01 (specs/data-plane/DataRegistry). */
export const dataRegistryApi: ApiDefinition = {
  name: "dataRegistry",
  pathPrefix: "/dataRegistries/operations/",
  apiVersion: "2023-06-01",
  keyInQuery: false,
  operationIdPattern:
    /^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$/,
  pendingStatuses: ["Running"],
  successStatus: "Completed",
  failedStatus: "Failed",

  statusResponse(operation, status) {
    const body: Record<string, unknown> = { id: operation.id, status };
    if (status === dataRegistryApi.failedStatus) body.error = operation.outcome.error;
    // The document: Retry-After while running, "no extra header" once finished.
    const headers: Record<string, string> = {};
    if (dataRegistryApi.pendingStatuses.includes(status)) {
      headers["retry-after"] = String(operation.retryAfter);
    }
    return jsonResponse(200, body, headers);
  },

  errorResponse(error) {
    const headers: Record<string, string> = { "x-ms-error-code": error.code };
    if (error instanceof MethodNotAllowedError) headers.allow = error.allow;
    return jsonResponse(
      error.status,
      { error: { code: error.code, message: error.message } },
      headers,
    );
  },
};
