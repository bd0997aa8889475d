import type { TokenCredential } from "@azure/core-auth";
import { bearerTokenAuthenticationPolicy, type PipelinePolicy } from "@azure/core-rest-pipeline";
import { MAPS_SCOPE } from "./scope.js";

/**
 * core's bearer policy, with the `Authorization` header it sets taken off the request once the
 * send settles: the request is handed back in `response.request` and in a `RestError`.
 */
export function bearerPolicy(credential: TokenCredential): PipelinePolicy {
  const core = bearerTokenAuthenticationPolicy({ credential, scopes: MAPS_SCOPE });
  return {
    name: core.name,
    async sendRequest(request, next) {
      try {
        return await core.sendRequest(request, next);
      } finally {
        request.headers.delete("Authorization");
      }
    },
  };
}
