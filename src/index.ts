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

export { waitForOperation, resumeOperation } from "./wait/wait-for-operation.js";
export {
  getOperationStatus,
  type GetOperationStatusOptions,
  type OperationStatus,
} from "./wait/get-status.js";
export { validateOperationId } from "./safety/operation-id.js";
export { redactUrl, redactSecrets } from "./errors/redact.js";
export { WAIT_DEFAULTS, type WaitForOperationOptions } from "./wait/options.js";
export type { AbortSignalLike } from "./wait/abort.js";
export type {
  OperationProgress,
  DatasetOperationResult,
  DataRegistryOperationResult,
  DatasetStatusBody,
  DataRegistryStatusBody,
} from "./wait/results.js";

export { MapsOperationsError, isMapsOperationsError } from "./errors/maps-operations-error.js";
export type { ServiceErrorDetail } from "./errors/service-error.js";
export { InvalidArgumentError, isInvalidArgumentError } from "./errors/invalid-argument-error.js";
export { OperationFailedError, isOperationFailedError } from "./errors/operation-failed-error.js";
export {
  UnexpectedResponseError,
  isUnexpectedResponseError,
} from "./errors/unexpected-response-error.js";
export { ConnectionError, isConnectionError } from "./errors/connection-error.js";
export {
  MalformedResponseError,
  isMalformedResponseError,
} from "./errors/malformed-response-error.js";
export { WaitTimeoutError, isWaitTimeoutError } from "./errors/wait-timeout-error.js";
export { WaitAbortedError, isWaitAbortedError } from "./errors/wait-aborted-error.js";
