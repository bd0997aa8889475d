import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { sendWithHeader } from "./credential-header.js";

export const CLIENT_ID_POLICY_NAME = "mapsClientIdPolicy";

/**
 * Entra ID tokens name the identity, not the Maps account: the service needs `x-ms-client-id`.
 * The id names the account, so it is redacted like a secret and taken off the request afterwards
 * (unless the caller set the header: then it is theirs).
 */
export function clientIdPolicy(clientId: string): PipelinePolicy {
  return {
    name: CLIENT_ID_POLICY_NAME,
    sendRequest(request, next) {
      if (request.headers.has("x-ms-client-id")) return next(request);
      return sendWithHeader(request, next, "x-ms-client-id", clientId);
    },
  };
}
