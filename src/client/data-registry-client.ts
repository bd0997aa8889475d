import type { KeyCredential, SASCredential, TokenCredential } from "@azure/core-auth";
import createDataRegistryClient, {
  type MapsDataRegistryClient,
} from "../../generated/dataRegistry/index.js";
import type { MapsOperationsClientOptions } from "./options.js";
import { wrapClient, type AnyCredential } from "./wrap-client.js";

/** The generated Data Registry client, configured by `createDataRegistryOperationsClient`. */
export type DataRegistryOperationsClient = MapsDataRegistryClient;

/**
 * A client for the Data Registry Get Operation API (`GET /dataRegistries/operations/{operationId}`).
 *
 * @param credential - An `AzureKeyCredential`: sent as the `subscription-key` header.
 * @param options - Geography, endpoint, apiVersion and core-client options.
 */
export function createDataRegistryOperationsClient(
  credential: KeyCredential,
  options?: MapsOperationsClientOptions,
): DataRegistryOperationsClient;
/**
 * A client for the Data Registry Get Operation API that signs in with Entra ID.
 *
 * @param credential - Any `@azure/identity` credential: a bearer token for the scope
 *   `https://atlas.microsoft.com/.default`, whatever the endpoint.
 * @param mapsAccountClientId - The Maps account's client id, sent as `x-ms-client-id`. Required.
 */
export function createDataRegistryOperationsClient(
  credential: TokenCredential,
  mapsAccountClientId: string,
  options?: MapsOperationsClientOptions,
): DataRegistryOperationsClient;
/**
 * A client for the Data Registry Get Operation API that signs with a SAS token.
 *
 * @param credential - An `AzureSASCredential`: sent as `Authorization: jwt-sas <signature>`, read
 *   again on every request.
 */
export function createDataRegistryOperationsClient(
  credential: SASCredential,
  options?: MapsOperationsClientOptions,
): DataRegistryOperationsClient;
export function createDataRegistryOperationsClient(
  credential: AnyCredential,
  clientIdOrOptions?: string | MapsOperationsClientOptions,
  maybeOptions?: MapsOperationsClientOptions,
): DataRegistryOperationsClient {
  return wrapClient(
    "dataRegistry",
    createDataRegistryClient,
    credential,
    clientIdOrOptions,
    maybeOptions,
  );
}
