import {
  createOperationPoller,
  type DataRegistryOperationResult,
  type DataRegistryOperationsClient,
  type DatasetOperationResult,
  type DatasetOperationsClient,
  type OperationPoller,
  type OperationPollerOptions,
} from "maps-operations-rest";
import type { WaitCliOptions } from "../args.js";
import type { AnyOperationsClient } from "../client.js";
import { retryEvent, waitErrorEvent } from "../errors-to-events.js";
import type { FinalWaitEvent } from "../events.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { createWaitReporter, outputModeOf } from "../render/wait-reporter.js";

/** Off a terminal, something is printed at least this often while waiting. */
export const HEARTBEAT_MS = 5000;

type Result = DatasetOperationResult | DataRegistryOperationResult;

/**
 * `wait`: the library's poller, reported as lines, a live line or NDJSON. Every poll is
 * reported, failed ones included, and a silence of 5 s gets a `waiting` line or event.
 */
export async function waitCommand(
  options: WaitCliOptions,
  client: AnyOperationsClient,
  io: CliIo,
  heartbeatMs = HEARTBEAT_MS,
): Promise<number> {
  const pollerOptions: OperationPollerOptions = {
    maxWaitInMs: options.maxWaitMs,
    intervalInMs: options.intervalMs,
    minIntervalInMs: options.minIntervalMs,
    abortSignal: io.interrupt,
  };
  // Made (and its arguments checked) before anything is printed.
  const poller: OperationPoller<Result> =
    options.api === "dataset"
      ? createOperationPoller(client as DatasetOperationsClient, options.operationId, pollerOptions)
      : createOperationPoller(
          client as DataRegistryOperationsClient,
          options.operationId,
          pollerOptions,
        );
  const startedAt = io.now();
  const elapsed = () => io.now() - startedAt;
  const reporter = createWaitReporter(outputModeOf(options.json, io.isTTY), io, {
    api: options.api,
    operationId: options.operationId,
    endpoint: options.endpoint ?? `https://${options.geography}.atlas.microsoft.com`,
    startedAt,
  });
  const base = { api: options.api, operationId: options.operationId };
  let lastOutput = io.now();
  let nextPollAt: number | undefined;
  poller.onProgress((state) => {
    lastOutput = io.now();
    nextPollAt = state.nextPollInMs === undefined ? undefined : io.now() + state.nextPollInMs;
    const next = state.nextPollInMs === undefined ? {} : { nextPollInMs: state.nextPollInMs };
    if (state.failedPolls > 0 && state.lastPollError !== undefined) {
      // A failed poll the wait gives up on is reported once, as the final error.
      if (state.nextPollInMs === undefined) return;
      reporter.retry(
        retryEvent(
          {
            ...base,
            polls: state.polls,
            failedPolls: state.failedPolls,
            elapsedMs: elapsed(),
            ...next,
          },
          state.lastPollError,
        ),
      );
    } else {
      reporter.progress({
        event: "progress",
        ...base,
        status: state.serviceStatus ?? "",
        polls: state.polls,
        elapsedMs: elapsed(),
        ...next,
      });
    }
  });
  const heartbeat = setInterval(
    () => {
      if (io.now() - lastOutput < heartbeatMs) return;
      lastOutput = io.now();
      const state = poller.getOperationState();
      reporter.waiting({
        event: "waiting",
        ...base,
        ...(state.serviceStatus === undefined ? {} : { status: state.serviceStatus }),
        polls: state.polls,
        elapsedMs: elapsed(),
        ...(nextPollAt === undefined ? {} : { nextPollInMs: Math.max(0, nextPollAt - io.now()) }),
      });
    },
    Math.max(10, Math.min(1000, heartbeatMs / 5)),
  );
  // The wait's own timers keep the process alive; this one must not.
  heartbeat.unref();

  let final: FinalWaitEvent;
  try {
    const result = await poller.pollUntilDone();
    final = {
      event: "succeeded",
      ...base,
      status: result.status,
      polls: result.polls,
      elapsedMs: elapsed(),
      ...("datasetId" in result
        ? { resourceLocation: result.resourceLocation, datasetId: result.datasetId }
        : {}),
      exitCode: EXIT.ok,
    };
  } catch (error) {
    const state = poller.getOperationState();
    final = waitErrorEvent(error, options.api, options.operationId, elapsed(), {
      lastStatus: state.serviceStatus,
      polls: state.polls,
    });
  } finally {
    clearInterval(heartbeat);
  }
  reporter.finish(final);
  return final.exitCode;
}
