import type { PipelinePolicy } from "@azure/core-rest-pipeline";

export const LOG_SAFE_REQUEST_POLICY_NAME = "mapsLogSafeRequestPolicy";

/**
 * core's log policy prints the whole request object and sanitises only `url` and `headers`.
 * Other properties can hold secrets:
 * - `queryParameters`: core-client copies every call option onto the request, so
 *   `get({ queryParameters: { "subscription-key": key } })` is logged in clear (the URL is redacted);
 * - `agent`: a custom agent's sockets hold the raw request head, credential header included;
 * - `proxySettings` (password), `tlsSettings` (private key), `requestOverrides`.
 * Hiding them from enumeration keeps them out of JSON logs; the HTTP client still reads them.
 * Sign phase: after agentPolicy/proxyPolicy set them, before the log policy (after Sign) prints.
 */
const HIDDEN = ["queryParameters", "agent", "proxySettings", "tlsSettings", "requestOverrides"];

export function logSafeRequestPolicy(): PipelinePolicy {
  return {
    name: LOG_SAFE_REQUEST_POLICY_NAME,
    sendRequest(request, next) {
      const target = request as unknown as Record<string, unknown>;
      for (const key of HIDDEN) {
        if (Object.prototype.propertyIsEnumerable.call(target, key)) {
          Object.defineProperty(target, key, {
            value: target[key],
            enumerable: false,
            writable: true,
            configurable: true,
          });
        }
      }
      return next(request);
    },
  };
}
