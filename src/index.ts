/**
 * maps-operations-rest: the REST-level clients of the Azure Maps Dataset and Data Registry Get
 * Operation APIs, their factories, a core-lro poller, and the errors they throw.
 */
export type * from "./generated.js";
export { isUnexpected } from "./is-unexpected.js";

export {
  createDatasetOperationsClient,
  type DatasetOperationsClient,
} from "./client/dataset-client.js";
export {
  createDataRegistryOperationsClient,
  type DataRegistryOperationsClient,
} from "./client/data-registry-client.js";
export type { MapsOperationsClientOptions } from "./client/options.js";
export { GEOGRAPHIES, type Geography } from "./safety/geography.js";
export { MAPS_SCOPE } from "./auth/scope.js";
export type { ApiName } from "./apis.js";

export { createOperationPoller, type OperationPoller } from "./poller/operation-poller.js";
export type { OperationPollerState } from "./poller/state.js";
export { POLLER_DEFAULTS, type OperationPollerOptions } from "./poller/options.js";
export {
  waitForOperation,
  resumeOperation,
  type WaitForOperationOptions,
} from "./poller/wait-for-operation.js";
export {
  getOperationStatus,
  type GetOperationStatusOptions,
  type OperationStatusResult,
} from "./poller/get-status.js";
export type {
  OperationProgress,
  DatasetOperationResult,
  DataRegistryOperationResult,
  DatasetStatusBody,
  DataRegistryStatusBody,
} from "./poller/results.js";
export { REST_ERROR_CODES } from "./errors/rest-errors.js";
export { validateOperationId } from "./safety/operation-id.js";
export { redactUrl, redactSecrets } from "./errors/redact.js";

export { MapsOperationsError, isMapsOperationsError } from "./errors/maps-operations-error.js";
export type { ServiceErrorDetail } from "./errors/service-error.js";
export { InvalidArgumentError, isInvalidArgumentError } from "./errors/invalid-argument-error.js";
export { OperationFailedError, isOperationFailedError } from "./errors/operation-failed-error.js";
export {
  OperationTimeoutError,
  isOperationTimeoutError,
} from "./errors/operation-timeout-error.js";
