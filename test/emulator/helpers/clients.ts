import { getClient, type Client } from "@azure-rest/core-client";
import { WELL_KNOWN_CREDENTIALS } from "../../../emulator/credentials.js";
import type { ApiName } from "../../../emulator/apis/api-name.js";
import type { RunningEmulator } from "../../../emulator/server.js";
import type { HttpAnswer } from "./spec-validator.js";

/**
 * REST-level clients on @azure-rest/core-client's getClient: the generated clients
 * (generated/dataset, generated/dataRegistry) did not exist yet when these tests were written.
 * Retries are off so that every injected fault reaches the test.
 */
export function restClient(emulator: RunningEmulator): Client {
  return getClient(emulator.url, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });
}

const ROUTES: Record<ApiName, { path: string; apiVersion: string }> = {
  dataset: { path: "/datasets/operations/{operationId}", apiVersion: "2.0" },
  dataRegistry: { path: "/dataRegistries/operations/{operationId}", apiVersion: "2023-06-01" },
};

export const KEY_HEADER = { "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey };

/** One Get Operation call, answered as the raw status, headers and body text. */
export async function getOperation(
  client: Client,
  api: ApiName,
  operationId: string,
  headers: Record<string, string> = KEY_HEADER,
): Promise<HttpAnswer & { body: unknown }> {
  const route = ROUTES[api];
  const response = await client
    .path(route.path as never, operationId)
    .get({ queryParameters: { "api-version": route.apiVersion }, headers });
  const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
  return {
    status: Number(response.status),
    headers: response.headers,
    text: text ?? "",
    body: response.body,
  };
}
