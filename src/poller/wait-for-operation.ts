import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "../safety/describe.js";
import { checkClient } from "./check-client.js";
import { createPoller } from "./operation-poller.js";
import { normalisePollerOptions, type OperationPollerOptions } from "./options.js";
import type {
  DataRegistryOperationResult,
  DatasetOperationResult,
  OperationProgress,
} from "./results.js";
import { parseState } from "./state.js";

/** Options of `waitForOperation` and `resumeOperation`: the poller's, plus `onProgress`. */
export interface WaitForOperationOptions extends OperationPollerOptions {
  /** Called after every poll, answered or failed, the last one included. */
  onProgress?: (progress: OperationProgress) => void;
}

/**
 * The one-call form of `createOperationPoller(client, operationId, options).pollUntilDone()`:
 * resolves with the result when the operation succeeds; rejects with `OperationFailedError`,
 * `OperationTimeoutError`, `AbortError` or the last failed poll's `RestError`. Arguments are
 * checked before any request.
 */
export function waitForOperation(
  client: DatasetOperationsClient,
  operationId: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult>;
/** Waits for a Data Registry operation: resolves with its result once `Completed`. */
export function waitForOperation(
  client: DataRegistryOperationsClient,
  operationId: string,
  options?: WaitForOperationOptions,
): Promise<DataRegistryOperationResult>;
export async function waitForOperation(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult | DataRegistryOperationResult> {
  return wait(client, operationId, options);
}

/**
 * Continues a wait from a resume state (`OperationProgress.resumeState`, `poller.toString()`, or
 * an `OperationTimeoutError`'s `resumeState`): the same as `waitForOperation` with `restoreFrom`.
 */
export function resumeOperation(
  client: DatasetOperationsClient,
  resumeState: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult>;
/** Continues waiting for a Data Registry operation from a resume state. */
export function resumeOperation(
  client: DataRegistryOperationsClient,
  resumeState: string,
  options?: WaitForOperationOptions,
): Promise<DataRegistryOperationResult>;
export async function resumeOperation(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  resumeState: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult | DataRegistryOperationResult> {
  const { api } = checkClient(client);
  const saved = parseState(resumeState, api.name, api.operationIdRule, "resumeState");
  return wait(client, saved.operationId, {
    ...(typeof options === "object" && options !== null ? options : {}),
    restoreFrom: resumeState,
  });
}

async function wait(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: string,
  options: unknown,
): Promise<DatasetOperationResult | DataRegistryOperationResult> {
  const normalised = normalisePollerOptions(options, ["onProgress"]);
  const onProgress = (options as WaitForOperationOptions | undefined)?.onProgress;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new InvalidArgumentError("options.onProgress", "a function", describe(onProgress));
  }
  const poller = createPoller(client, operationId, normalised);
  if (onProgress) {
    poller.onProgress((state) =>
      onProgress({
        api: state.api,
        operationId: state.operationId,
        status: state.serviceStatus ?? "",
        operationStatus: state.status,
        polls: state.polls,
        failedPolls: state.failedPolls,
        ...(state.lastPollError === undefined ? {} : { lastPollError: state.lastPollError }),
        nextPollInMs: state.nextPollInMs,
        resumeState: poller.toString(),
      }),
    );
  }
  return poller.pollUntilDone();
}
