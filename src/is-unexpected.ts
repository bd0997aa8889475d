import type {
  DataRegistryGetOperation200Response,
  DataRegistryGetOperationDefaultResponse,
} from "../generated/dataRegistry/index.js";
import { isUnexpected as isUnexpectedDataRegistry } from "../generated/dataRegistry/isUnexpected.js";
import type {
  DatasetGetOperation200Response,
  DatasetGetOperationDefaultResponse,
} from "../generated/dataset/index.js";
import { isUnexpected as isUnexpectedDataset } from "../generated/dataset/isUnexpected.js";

/**
 * True when a response's status is not one its operation declares (then it is the error
 * response), so that `if (isUnexpected(response))` narrows the body to the error shape and the
 * `else` branch to the 200 body. One function for both clients.
 */
export function isUnexpected(
  response: DatasetGetOperation200Response | DatasetGetOperationDefaultResponse,
): response is DatasetGetOperationDefaultResponse;
/** True when a Data Registry response is the error response (narrows it to that type). */
export function isUnexpected(
  response: DataRegistryGetOperation200Response | DataRegistryGetOperationDefaultResponse,
): response is DataRegistryGetOperationDefaultResponse;
export function isUnexpected(
  response:
    | DatasetGetOperation200Response
    | DatasetGetOperationDefaultResponse
    | DataRegistryGetOperation200Response
    | DataRegistryGetOperationDefaultResponse,
): boolean {
  // Each generated check knows only its own paths and calls any other path unexpected; the two
  // APIs' paths are disjoint, so a response is expected when either check expects it.
  return (
    isUnexpectedDataset(response as DatasetGetOperation200Response) &&
    isUnexpectedDataRegistry(response as DataRegistryGetOperation200Response)
  );
}
