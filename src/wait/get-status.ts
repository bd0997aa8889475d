import type { Client } from "@azure-rest/core-client";
import type { ApiName } from "../apis.js";
import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { redactJson } from "../errors/redact.js";
import { serviceErrorOf, type ServiceErrorDetail } from "../errors/service-error.js";
import { describe } from "../safety/describe.js";
import { checkOperationId } from "../safety/operation-id.js";
import type { AbortSignalLike } from "./abort.js";
import { checkClient } from "./check-client.js";
import { WAIT_DEFAULTS } from "./options.js";
import { pollOnce } from "./poll.js";
import type { DataRegistryStatusBody, DatasetStatusBody } from "./results.js";

/** Options of `getOperationStatus`. */
export interface GetOperationStatusOptions {
  /** Cancels the request. */
  abortSignal?: AbortSignalLike;
  /** The request fails as a connection error after this long. Default 30000 ms. */
  requestTimeoutMs?: number;
}

/** One look at an operation, classified the way `waitForOperation` classifies a poll. */
export interface OperationStatus<TBody = DatasetStatusBody | DataRegistryStatusBody> {
  readonly api: ApiName;
  readonly operationId: string;
  /** As the service wrote it: `NotStarted`, `Running`, `Succeeded`, `Completed`, `Failed`, or a new one. */
  readonly status: string;
  /** `Succeeded` (Dataset), `Completed` (Data Registry) or `Failed`. */
  readonly done: boolean;
  readonly body: TBody;
  /** The service's error object, when the status is `Failed`. */
  readonly error?: ServiceErrorDetail;
  /** Dataset success: the `Resource-Location` URL and the dataset id parsed from it. */
  readonly resourceLocation?: string;
  readonly datasetId?: string;
  /** The server's `Retry-After`, in ms, when it sent one. */
  readonly retryAfterMs?: number;
}

/**
 * Gets an operation's status once: one GET, no retries (a 429 or a 503 is thrown, not retried).
 * Rejects with `UnexpectedResponseError` (an HTTP status other than 200), `ConnectionError` or
 * `MalformedResponseError`; a `Failed` operation is a status, not an error.
 */
export function getOperationStatus(
  client: DatasetOperationsClient,
  operationId: string,
  options?: GetOperationStatusOptions,
): Promise<OperationStatus<DatasetStatusBody>>;
export function getOperationStatus(
  client: DataRegistryOperationsClient,
  operationId: string,
  options?: GetOperationStatusOptions,
): Promise<OperationStatus<DataRegistryStatusBody>>;
export async function getOperationStatus(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: string,
  options: GetOperationStatusOptions = {},
): Promise<OperationStatus> {
  const { info, api } = checkClient(client);
  const id = checkOperationId(operationId, api.operationIdRule);
  if (typeof options !== "object" || options === null) {
    throw new InvalidArgumentError("options", "an object or undefined", describe(options));
  }
  const timeout = options.requestTimeoutMs ?? WAIT_DEFAULTS.requestTimeoutMs;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 2_147_483_647) {
    throw new InvalidArgumentError(
      "options.requestTimeoutMs",
      "an integer from 1 to 2147483647",
      describe(timeout),
    );
  }
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.abortSignal?.addEventListener("abort", onAbort, { once: true });
  if (options.abortSignal?.aborted) stop.abort();
  try {
    const outcome = await pollOnce({
      client: client as Client,
      api,
      info,
      operationId: id,
      signal: stop.signal,
      requestTimeoutMs: timeout,
      isStopped: () => stop.signal.aborted,
    });
    if (outcome.kind === "fatal") throw outcome.error;
    if (outcome.kind === "transient") throw outcome.toError(1);
    if (outcome.kind === "stopped") {
      throw Object.assign(new Error("The status request was aborted."), { name: "AbortError" });
    }
    const failed = outcome.status === api.failed;
    const error = failed ? serviceErrorOf(redactJson(outcome.body, info.redact)) : undefined;
    return {
      api: api.name,
      operationId: id,
      status: outcome.status,
      done: failed || outcome.status === api.succeeded,
      body: outcome.body as unknown as DatasetStatusBody | DataRegistryStatusBody,
      ...(error === undefined ? {} : { error }),
      ...(outcome.resourceLocation === undefined
        ? {}
        : { resourceLocation: outcome.resourceLocation, datasetId: outcome.datasetId }),
      ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
    };
  } finally {
    options.abortSignal?.removeEventListener("abort", onAbort);
  }
}
