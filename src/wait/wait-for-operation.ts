import type { Client } from "@azure-rest/core-client";
import { createClientLogger } from "@azure/logger";
import type { ApiDescriptor } from "../apis.js";
import type { ClientInfo } from "../client/client-info.js";
import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { OperationFailedError } from "../errors/operation-failed-error.js";
import { redactJson, redactUrl } from "../errors/redact.js";
import { serviceErrorOf } from "../errors/service-error.js";
import { WaitAbortedError } from "../errors/wait-aborted-error.js";
import { WaitTimeoutError } from "../errors/wait-timeout-error.js";
import { checkOperationId } from "../safety/operation-id.js";
import { createStopController, sleep } from "./abort.js";
import { checkClient } from "./check-client.js";
import {
  normaliseWaitOptions,
  type NormalisedWaitOptions,
  type WaitForOperationOptions,
} from "./options.js";
import { pollOnce } from "./poll.js";
import type {
  DataRegistryOperationResult,
  DataRegistryStatusBody,
  DatasetOperationResult,
  DatasetStatusBody,
} from "./results.js";
import { parseState, serialiseState, type WaitState } from "./state.js";

const logger = createClientLogger("maps-operations");

/**
 * Polls a Get Operation until the operation succeeds (resolves) or fails (rejects with
 * `OperationFailedError`). Honours Retry-After, retries transient faults within `maxWaitMs`, and
 * stops at once on `abortSignal`. Arguments are checked before any request.
 */
export function waitForOperation(
  client: DatasetOperationsClient,
  operationId: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult>;
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
  const { info, api } = checkClient(client);
  const id = checkOperationId(operationId, api.operationIdRule);
  const normalised = normaliseWaitOptions(options);
  const state: WaitState = {
    api: api.name,
    operationId: id,
    polls: 0,
    lastStatus: undefined,
    notBefore: 0,
  };
  return run(client as Client, info, api, state, normalised);
}

/** Continues a wait from `resumeState` (from `onProgress`, or a timeout or abort error). */
export function resumeOperation(
  client: DatasetOperationsClient,
  resumeState: string,
  options?: WaitForOperationOptions,
): Promise<DatasetOperationResult>;
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
  const { info, api } = checkClient(client);
  const state = parseState(resumeState, api.name, api.operationIdRule);
  const normalised = normaliseWaitOptions(options);
  return run(client as Client, info, api, state, normalised);
}

async function run(
  client: Client,
  info: ClientInfo,
  api: ApiDescriptor,
  state: WaitState,
  options: NormalisedWaitOptions,
): Promise<DatasetOperationResult | DataRegistryOperationResult> {
  const stop = createStopController(options.abortSignal, options.maxWaitMs);
  const deadline = Date.now() + options.maxWaitMs;
  const stopped = (why?: string): Error => {
    const fields = {
      api: api.title,
      operationId: state.operationId,
      lastStatus: state.lastStatus,
      polls: state.polls,
      resumeState: serialiseState(state),
    };
    return stop.reason() === "aborted"
      ? new WaitAbortedError(fields)
      : new WaitTimeoutError({
          ...fields,
          maxWaitMs: options.maxWaitMs,
          why: why ?? "time ran out",
        });
  };
  let failures = 0;
  try {
    for (;;) {
      const wait = Math.max(0, state.notBefore - Date.now());
      if (stop.reason() !== undefined) throw stopped();
      if (Date.now() + wait > deadline) {
        throw new WaitTimeoutError({
          api: api.title,
          operationId: state.operationId,
          lastStatus: state.lastStatus,
          polls: state.polls,
          resumeState: serialiseState(state),
          maxWaitMs: options.maxWaitMs,
          why: `the next poll is allowed only in ${wait} ms`,
        });
      }
      await sleep(wait, stop.signal);
      if (stop.reason() !== undefined) throw stopped();

      const outcome = await pollOnce({
        client,
        api,
        info,
        operationId: state.operationId,
        signal: stop.signal,
        requestTimeoutMs: options.requestTimeoutMs,
        isStopped: () => stop.reason() !== undefined,
      });
      state.polls += 1;
      if (outcome.kind === "stopped") throw stopped();
      if (outcome.kind === "fatal") throw outcome.error;
      if (outcome.kind === "transient") {
        failures += 1;
        const error = outcome.toError(failures);
        if (failures > options.maxRetries) throw error;
        const backoff = Math.min(
          options.maxRetryDelayMs,
          options.retryDelayMs * 2 ** (failures - 1),
        );
        const delay = Math.max(options.minIntervalMs, backoff, outcome.retryAfterMs ?? 0);
        logger.verbose(`${error.code} on poll ${state.polls}; retry ${failures} in ${delay} ms`);
        state.notBefore = Date.now() + delay;
        continue;
      }

      failures = 0;
      state.lastStatus = outcome.status;
      const terminal = outcome.status === api.succeeded || outcome.status === api.failed;
      const delay = terminal
        ? undefined
        : Math.max(options.minIntervalMs, outcome.retryAfterMs ?? options.intervalMs);
      if (delay !== undefined) state.notBefore = Date.now() + delay;
      logger.verbose(
        `${api.title} operation poll ${state.polls}: ${outcome.status}` +
          (delay === undefined ? "" : `, next in ${delay} ms`),
      );
      options.onProgress?.({
        api: api.name,
        operationId: state.operationId,
        status: outcome.status,
        polls: state.polls,
        nextPollInMs: delay,
        resumeState: serialiseState(state),
      });
      if (outcome.status === api.failed) {
        throw new OperationFailedError({
          api: api.title,
          operationId: state.operationId,
          url: redactUrl(
            `${info.endpoint}${api.path.replace("{operationId}", encodeURIComponent(state.operationId))}`,
          ),
          error: serviceErrorOf(redactJson(outcome.body, info.redact)),
          body: redactJson(outcome.body, info.redact),
          redact: info.redact,
        });
      }
      if (outcome.status === api.succeeded) {
        return api.name === "dataset"
          ? {
              operationId: state.operationId,
              status: "Succeeded",
              body: outcome.body as unknown as DatasetStatusBody,
              // pollOnce only reports Dataset success with both (else it is malformed).
              resourceLocation: outcome.resourceLocation as string,
              datasetId: outcome.datasetId as string,
              polls: state.polls,
            }
          : {
              operationId: state.operationId,
              status: "Completed",
              body: outcome.body as unknown as DataRegistryStatusBody,
              polls: state.polls,
            };
      }
    }
  } finally {
    stop.dispose();
  }
}
