import type { SASCredential } from "@azure/core-auth";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { sendWithHeader } from "./credential-header.js";

export const SAS_POLICY_NAME = "mapsSasCredentialPolicy";

/** Reads the signature on every request so that `AzureSASCredential.update()` takes effect. */
export function sasPolicy(credential: SASCredential): PipelinePolicy {
  return {
    name: SAS_POLICY_NAME,
    sendRequest: (request, next) =>
      sendWithHeader(request, next, "Authorization", `jwt-sas ${credential.signature}`),
  };
}
