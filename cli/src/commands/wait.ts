import {
  waitForOperation,
  type DataRegistryOperationsClient,
  type DatasetOperationsClient,
  type WaitForOperationOptions,
} from "maps-operations-rest";
import { minIntervalFor, type WaitCliOptions } from "../args.js";
import type { AnyOperationsClient } from "../client.js";
import { waitErrorEvent } from "../errors-to-events.js";
import type { FinalWaitEvent } from "../events.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { createWaitReporter, outputModeOf } from "../render/wait-reporter.js";

/** `wait`: the client layer's `waitForOperation`, reported as lines, a live line or NDJSON. */
export async function waitCommand(
  options: WaitCliOptions,
  client: AnyOperationsClient,
  io: CliIo,
): Promise<number> {
  const startedAt = io.now();
  const elapsed = () => io.now() - startedAt;
  const reporter = createWaitReporter(outputModeOf(options.json, io.isTTY), io, {
    api: options.api,
    operationId: options.operationId,
    endpoint: options.endpoint ?? `https://${options.geography}.atlas.microsoft.com`,
    startedAt,
  });
  const waitOptions: WaitForOperationOptions = {
    maxWaitMs: options.maxWaitMs,
    intervalMs: options.intervalMs,
    minIntervalMs: minIntervalFor(options.intervalMs),
    abortSignal: io.interrupt,
    onProgress: (progress) =>
      reporter.progress({
        event: "progress",
        api: options.api,
        operationId: options.operationId,
        status: progress.status,
        polls: progress.polls,
        elapsedMs: elapsed(),
        ...(progress.nextPollInMs === undefined ? {} : { nextPollInMs: progress.nextPollInMs }),
      }),
  };
  let final: FinalWaitEvent;
  try {
    const result =
      options.api === "dataset"
        ? await waitForOperation(
            client as DatasetOperationsClient,
            options.operationId,
            waitOptions,
          )
        : await waitForOperation(
            client as DataRegistryOperationsClient,
            options.operationId,
            waitOptions,
          );
    final = {
      event: "succeeded",
      api: options.api,
      operationId: options.operationId,
      status: result.status,
      polls: result.polls,
      elapsedMs: elapsed(),
      ...("datasetId" in result
        ? { resourceLocation: result.resourceLocation, datasetId: result.datasetId }
        : {}),
      exitCode: EXIT.ok,
    };
  } catch (error) {
    final = waitErrorEvent(error, options.api, options.operationId, elapsed());
  }
  reporter.finish(final);
  return final.exitCode;
}
