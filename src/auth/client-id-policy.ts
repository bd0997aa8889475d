import type { PipelinePolicy } from "@azure/core-rest-pipeline";

export const CLIENT_ID_POLICY_NAME = "mapsClientIdPolicy";

/** Entra ID tokens name the identity, not the Maps account: the service needs `x-ms-client-id`. */
export function clientIdPolicy(clientId: string): PipelinePolicy {
  return {
    name: CLIENT_ID_POLICY_NAME,
    sendRequest(request, next) {
      if (!request.headers.has("x-ms-client-id")) request.headers.set("x-ms-client-id", clientId);
      return next(request);
    },
  };
}
