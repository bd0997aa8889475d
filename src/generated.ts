/**
 * The generated clients' types, flat. Both generated folders define `Routes`, `GetOperation` and
 * `LongRunningOperationResultOutput`: those are re-exported with the API's name in front.
 *
 * The generated `createClient` factories are deliberately not exported: they send the key to
 * whatever endpoint they are given. Clients come only from the factories in `client/`, which check
 * the endpoint, the api-version and every request's origin.
 */
export type {
  MapsDatasetClient,
  MapsDatasetClientOptions,
  DatasetGetOperationParameters,
  DatasetGetOperationHeaders,
  DatasetGetOperationHeaderParam,
  DatasetGetOperation200Response,
  DatasetGetOperation200Headers,
  DatasetGetOperationDefaultResponse,
  ErrorResponseOutput,
  ErrorDetailOutput,
  ErrorAdditionalInfoOutput,
  Routes as DatasetRoutes,
  GetOperation as DatasetGetOperation,
  LongRunningOperationResultOutput as DatasetLongRunningOperationResultOutput,
} from "../generated/dataset/index.js";
export type {
  MapsDataRegistryClient,
  MapsDataRegistryClientOptions,
  DataRegistryGetOperationParameters,
  DataRegistryGetOperationHeaders,
  DataRegistryGetOperationHeaderParam,
  DataRegistryGetOperation200Response,
  DataRegistryGetOperation200Headers,
  DataRegistryGetOperationDefaultResponse,
  DataRegistryGetOperationDefaultHeaders,
  MapsErrorResponseOutput,
  MapsErrorDetailOutput,
  MapsInnerErrorOutput,
  Routes as DataRegistryRoutes,
  GetOperation as DataRegistryGetOperation,
  LongRunningOperationResultOutput as DataRegistryLongRunningOperationResultOutput,
} from "../generated/dataRegistry/index.js";
