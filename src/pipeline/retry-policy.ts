import {
  defaultRetryPolicy,
  type DefaultRetryPolicyOptions,
  type PipelinePolicy,
} from "@azure/core-rest-pipeline";

/**
 * Marks a request whose retries belong to the caller (waitForOperation). Stripped here, before
 * signing and logging, so it never reaches the wire.
 */
export const CALLER_RETRIES_HEADER = "x-maps-operations-caller-retries";

export const RETRY_POLICY_NAME = "mapsOperationsRetryPolicy";

/**
 * core's default retry policy for ordinary calls; none for the waiter's polls, which retry on
 * their own schedule. Two layers retrying would multiply requests (4 × the waiter's attempts with
 * core's default of 3) and ignore the waiter's time budget.
 */
export function retryPolicy(options: DefaultRetryPolicyOptions | undefined): PipelinePolicy {
  const core = defaultRetryPolicy(options);
  return {
    name: RETRY_POLICY_NAME,
    sendRequest(request, next) {
      if (request.headers.has(CALLER_RETRIES_HEADER)) {
        request.headers.delete(CALLER_RETRIES_HEADER);
        return next(request);
      }
      return core.sendRequest(request, next);
    },
  };
}
