import { MethodNotAllowedError } from "../errors/api-errors.js";
import { jsonResponse } from "../http/api-response.js";
import type { ApiDefinition } from "./api-definition.js";

/** Creator Dataset - Get Operation, api-version 2.0 (specs/data-plane/Creator/stable/2.0). */
export const datasetApi: ApiDefinition = {
  name: "dataset",
  pathPrefix: "/datasets/operations/",
  apiVersion: "2.0",
  keyInQuery: true,
  pendingStatuses: ["NotStarted", "Running"],
  successStatus: "Succeeded",
  failedStatus: "Failed",

  statusResponse(operation, status, baseUrl) {
    const body: Record<string, unknown> = {
      operationId: operation.id,
      created: operation.created,
      status,
    };
    if (status === datasetApi.failedStatus) body.error = operation.outcome.error;
    // LongRunningOperationResult.warning has no tie to a status, so every poll repeats it.
    if (operation.warning !== undefined) body.warning = operation.warning;
    // The document: "no extra headers" while in progress, Resource-Location once it succeeds.
    const headers: Record<string, string> = {};
    if (status === datasetApi.successStatus) {
      headers["resource-location"] =
        `${baseUrl}/datasets/${encodeURIComponent(operation.resourceId)}?api-version=2.0`;
    }
    return jsonResponse(200, body, headers);
  },

  errorResponse(error) {
    return jsonResponse(
      error.status,
      { error: { code: error.code, message: error.message } },
      error instanceof MethodNotAllowedError ? { allow: error.allow } : {},
    );
  },
};
