import type { PipelinePolicy } from "@azure/core-rest-pipeline";

export const ORIGIN_GUARD_POLICY_NAME = "mapsOriginGuardPolicy";

/**
 * Last policy before the wire: a request for any origin but the configured one is refused, so a
 * credential can never be sent elsewhere (an absolute URL given to pathUnchecked, a policy that
 * rewrites the URL). Redirects across origins are already not followed by core's redirect policy.
 */
export function originGuardPolicy(origin: string): PipelinePolicy {
  return {
    name: ORIGIN_GUARD_POLICY_NAME,
    sendRequest(request, next) {
      let actual: string;
      try {
        actual = new URL(request.url).origin;
      } catch {
        actual = "(unparseable)";
      }
      if (actual !== origin) {
        throw new Error(
          `Refused to send a request to ${actual}: this client only talks to ${origin}.`,
        );
      }
      return next(request);
    },
  };
}
