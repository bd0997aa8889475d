/**
 * Both clients for a live target, built with src's factories and the validation policy — the
 * way a user would install it.
 */
import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  type DataRegistryOperationsClient,
  type DatasetOperationsClient,
  type MapsOperationsClientOptions,
} from "maps-operations-rest";
import type { LiveAuth, LiveTarget } from "./target.js";

export interface LiveClients {
  readonly dataset: DatasetOperationsClient;
  readonly dataRegistry: DataRegistryOperationsClient;
}

export async function createLiveClients(
  target: Pick<LiveTarget, "auth" | "geography">,
  endpoint: string | undefined,
  policy: PipelinePolicy,
): Promise<LiveClients> {
  const options: MapsOperationsClientOptions = {
    geography: target.geography,
    ...(endpoint === undefined ? {} : { endpoint }),
    additionalPolicies: [{ policy, position: "perRetry" }],
  };
  const { auth } = target;
  if (auth.scheme === "entra") {
    // Loaded only when used: @azure/identity is heavy and most runs use a key.
    const { DefaultAzureCredential } = await import("@azure/identity");
    const credential = new DefaultAzureCredential();
    return {
      dataset: createDatasetOperationsClient(credential, auth.clientId, options),
      dataRegistry: createDataRegistryOperationsClient(credential, auth.clientId, options),
    };
  }
  const credential =
    auth.scheme === "sas" ? new AzureSASCredential(auth.token) : new AzureKeyCredential(auth.key);
  return {
    dataset: createDatasetOperationsClient(credential as AzureKeyCredential, options),
    dataRegistry: createDataRegistryOperationsClient(credential as AzureKeyCredential, options),
  };
}

/** The secret values of an auth, for redaction and leak checks. */
export function authSecrets(auth: LiveAuth): string[] {
  if (auth.scheme === "subscriptionKey") return [auth.key];
  if (auth.scheme === "sas") return [auth.token];
  return [];
}
