import {
  defaultRetryPolicy,
  type DefaultRetryPolicyOptions,
  type PipelinePolicy,
} from "@azure/core-rest-pipeline";

export const RETRY_POLICY_NAME = "mapsOperationsRetryPolicy";

/**
 * Marks the abort signal of a request whose retries belong to the poller. A property of the
 * signal object the poller itself creates for each poll: it stays in this process, so a server
 * cannot set it and nothing about it reaches the wire. `Symbol.for`, so that another copy of this
 * package honours it too.
 */
const OWN_RETRIES = Symbol.for("maps-operations-rest.pollerOwnsRetries");

export function markPollerOwnsRetries<T extends object>(signal: T): T {
  Object.defineProperty(signal, OWN_RETRIES, { value: true, enumerable: false });
  return signal;
}

function pollerOwnsRetries(signal: unknown): boolean {
  return typeof signal === "object" && signal !== null && OWN_RETRIES in signal;
}

/**
 * core's default retry policy for direct calls (`client.path(...).get()`); none for the poller's
 * polls, which retry on their own schedule within their time budget. Two layers retrying would
 * multiply requests (core's 3 retries on each of the poller's attempts) and ignore the budget.
 */
export function retryPolicy(options: DefaultRetryPolicyOptions | undefined): PipelinePolicy {
  const core = defaultRetryPolicy(options);
  return {
    name: RETRY_POLICY_NAME,
    sendRequest(request, next) {
      return pollerOwnsRetries(request.abortSignal)
        ? next(request)
        : core.sendRequest(request, next);
    },
  };
}
