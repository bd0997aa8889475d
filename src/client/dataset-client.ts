import type { KeyCredential, SASCredential, TokenCredential } from "@azure/core-auth";
import createDatasetClient, { type MapsDatasetClient } from "../../generated/dataset/index.js";
import type { MapsOperationsClientOptions } from "./options.js";
import { wrapClient, type AnyCredential } from "./wrap-client.js";

/** The generated Dataset client, configured by `createDatasetOperationsClient`. */
export type DatasetOperationsClient = MapsDatasetClient;

/**
 * A client for the Dataset Get Operation API (`GET /datasets/operations/{operationId}`).
 *
 * @param credential - An `AzureKeyCredential`: sent as the `subscription-key` header.
 * @param options - Geography, endpoint, apiVersion and core-client options.
 */
export function createDatasetOperationsClient(
  credential: KeyCredential,
  options?: MapsOperationsClientOptions,
): DatasetOperationsClient;
/**
 * A client for the Dataset Get Operation API that signs in with Entra ID.
 *
 * @param credential - Any `@azure/identity` credential: a bearer token for the scope
 *   `https://atlas.microsoft.com/.default`, whatever the endpoint.
 * @param mapsAccountClientId - The Maps account's client id, sent as `x-ms-client-id`. Required.
 */
export function createDatasetOperationsClient(
  credential: TokenCredential,
  mapsAccountClientId: string,
  options?: MapsOperationsClientOptions,
): DatasetOperationsClient;
/**
 * A client for the Dataset Get Operation API that signs with a SAS token.
 *
 * @param credential - An `AzureSASCredential`: sent as `Authorization: jwt-sas <signature>`, read
 *   again on every request.
 */
export function createDatasetOperationsClient(
  credential: SASCredential,
  options?: MapsOperationsClientOptions,
): DatasetOperationsClient;
export function createDatasetOperationsClient(
  credential: AnyCredential,
  clientIdOrOptions?: string | MapsOperationsClientOptions,
  maybeOptions?: MapsOperationsClientOptions,
): DatasetOperationsClient {
  return wrapClient("dataset", createDatasetClient, credential, clientIdOrOptions, maybeOptions);
}
