import createDataRegistryClient from "../../../generated/dataRegistry/index.js";
import createDatasetClient from "../../../generated/dataset/index.js";
import { WELL_KNOWN_CREDENTIALS } from "../../../emulator/credentials.js";
import type { ApiName } from "../../../emulator/apis/api-name.js";
import type { RunningEmulator } from "../../../emulator/server.js";
import type { HttpAnswer } from "./spec-validator.js";

export const KEY_HEADER = { "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey };

/**
 * One Get Operation call through the generated REST client (generated/dataset,
 * generated/dataRegistry), pointed at the emulator with the well-known key. Retries are off so
 * that every injected fault reaches the test.
 */
export async function getOperation(
  emulator: RunningEmulator,
  api: ApiName,
  operationId: string,
): Promise<HttpAnswer & { body: unknown }> {
  const credential = { key: WELL_KNOWN_CREDENTIALS.subscriptionKey };
  const options = {
    endpoint: emulator.url,
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  };
  const response =
    api === "dataset"
      ? await createDatasetClient("us", credential, options)
          .path("/datasets/operations/{operationId}", operationId)
          .get()
      : await createDataRegistryClient("us", credential, options)
          .path("/dataRegistries/operations/{operationId}", operationId)
          .get();
  const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
  return {
    status: Number(response.status),
    headers: response.headers,
    text: text ?? "",
    body: response.body,
  };
}
