import type { OperationStatus } from "@azure/core-lro";
import type { ApiName } from "../apis.js";
import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { serviceErrorOf, type ServiceErrorDetail } from "../errors/service-error.js";
import { describe } from "../safety/describe.js";
import { checkOperationId } from "../safety/operation-id.js";
import { abortError, type AbortSignalLike } from "./abort.js";
import { checkClient } from "./check-client.js";
import { MAX_TIMER_MS, POLLER_DEFAULTS } from "./options.js";
import { pollOnce } from "./poll-once.js";
import type { DataRegistryStatusBody, DatasetStatusBody } from "./results.js";
import { isTerminal, operationStatusOf } from "./status.js";

/** Options of `getOperationStatus`. */
export interface GetOperationStatusOptions {
  /** Cancels the request (the call rejects with `AbortError`). */
  abortSignal?: AbortSignalLike;
  /** The call rejects with a `RestError` (code `RequestTimeout`) after this long. Default 30000. */
  requestTimeoutInMs?: number;
}

/** One look at an operation, classified the way the poller classifies a poll. */
export interface OperationStatusResult<TBody = DatasetStatusBody | DataRegistryStatusBody> {
  /** The API polled. */
  readonly api: ApiName;
  /** The operation polled. */
  readonly operationId: string;
  /** As the service wrote it: `NotStarted`, `Running`, `Succeeded`, `Completed`, `Failed`, or a new one. */
  readonly status: string;
  /** The same in core-lro's vocabulary. */
  readonly operationStatus: OperationStatus;
  /** True once the operation succeeded, failed or was canceled. */
  readonly done: boolean;
  /** The status body (strings that echo a credential are redacted). */
  readonly body: TBody;
  /** The service's error object, when the operation failed. */
  readonly error?: ServiceErrorDetail;
  /** Dataset success: the `Resource-Location` URL of the created dataset. */
  readonly resourceLocation?: string;
  /** Dataset success: the dataset id parsed from `resourceLocation`. */
  readonly datasetId?: string;
  /** The server's `Retry-After`, in ms, when it sent one. */
  readonly retryAfterMs?: number;
}

/**
 * Gets an operation's status once: one GET, no retries (a 429 or a 503 is thrown, not retried).
 * Rejects with a `RestError` for an HTTP status other than 200, no answer, or a malformed answer
 * (code `MalformedResponse`), and with `AbortError`; a `Failed` operation is a status, not an error.
 */
export function getOperationStatus(
  client: DatasetOperationsClient,
  operationId: string,
  options?: GetOperationStatusOptions,
): Promise<OperationStatusResult<DatasetStatusBody>>;
/** Gets a Data Registry operation's status once. */
export function getOperationStatus(
  client: DataRegistryOperationsClient,
  operationId: string,
  options?: GetOperationStatusOptions,
): Promise<OperationStatusResult<DataRegistryStatusBody>>;
export async function getOperationStatus(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: string,
  options: GetOperationStatusOptions = {},
): Promise<OperationStatusResult> {
  const { info, api } = checkClient(client);
  const id = checkOperationId(operationId, api.operationIdRule);
  if (typeof options !== "object" || options === null) {
    throw new InvalidArgumentError("options", "an object or undefined", describe(options));
  }
  const timeout = options.requestTimeoutInMs ?? POLLER_DEFAULTS.requestTimeoutInMs;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMER_MS) {
    throw new InvalidArgumentError(
      "options.requestTimeoutInMs",
      `an integer from 1 to ${MAX_TIMER_MS}`,
      describe(timeout),
    );
  }
  const outcome = await pollOnce({
    client,
    api,
    info,
    operationId: id,
    abortSignal: options.abortSignal,
    requestTimeoutInMs: timeout,
  });
  if (outcome.kind === "stopped") throw abortError(`The status request for ${api.title} operation`);
  if (outcome.kind !== "status") throw outcome.error;
  const operationStatus = operationStatusOf(api, outcome.serviceStatus);
  const error =
    operationStatus === "failed" || operationStatus === "canceled"
      ? serviceErrorOf(outcome.body)
      : undefined;
  return {
    api: api.name,
    operationId: id,
    status: outcome.serviceStatus,
    operationStatus,
    done: isTerminal(operationStatus),
    body: outcome.body as unknown as DatasetStatusBody | DataRegistryStatusBody,
    ...(error === undefined ? {} : { error }),
    ...(outcome.resourceLocation === undefined
      ? {}
      : { resourceLocation: outcome.resourceLocation, datasetId: outcome.datasetId }),
    ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
  };
}
