import type { KeyCredential } from "@azure/core-auth";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { sendWithHeader } from "./credential-header.js";

export const KEY_POLICY_NAME = "mapsKeyCredentialPolicy";

/**
 * core-client's own key policy leaves `subscription-key` on the request it hands back in
 * `response.request`; this one sets it per attempt and removes it afterwards. Reads the key on
 * every request so that `AzureKeyCredential.update()` takes effect.
 */
export function keyPolicy(credential: KeyCredential): PipelinePolicy {
  return {
    name: KEY_POLICY_NAME,
    sendRequest: (request, next) =>
      sendWithHeader(request, next, "subscription-key", credential.key),
  };
}
