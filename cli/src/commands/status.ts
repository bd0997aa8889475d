import {
  getOperationStatus,
  type DataRegistryOperationsClient,
  type DatasetOperationsClient,
  type OperationStatusResult,
} from "maps-operations-rest";
import type { CallOptions } from "../args.js";
import type { AnyOperationsClient } from "../client.js";
import { errorEvent } from "../errors-to-events.js";
import type { ErrorEvent, StatusEvent } from "../events.js";
import { EXIT } from "../exit-codes.js";
import { jsonLine } from "../render/json.js";
import { errorLine, statusLine } from "../render/line.js";
import type { CliIo } from "../io.js";

/**
 * `status`: one GET, no retries (a 429 or 503 is reported, not retried), classified exactly as the
 * waiter classifies a poll. Exit 0 for Succeeded/Completed and for a pending status, 1 for Failed.
 */
export async function statusCommand(
  options: CallOptions,
  client: AnyOperationsClient,
  io: CliIo,
): Promise<number> {
  const event = await fetchStatus(options, client);
  if (options.json) io.out(jsonLine(event));
  else if (event.event === "status") io.out(statusLine(event));
  else io.err(errorLine(event));
  return event.exitCode;
}

export async function fetchStatus(
  options: CallOptions,
  client: AnyOperationsClient,
): Promise<StatusEvent | ErrorEvent> {
  let status: OperationStatusResult;
  try {
    status =
      options.api === "dataset"
        ? await getOperationStatus(client as DatasetOperationsClient, options.operationId)
        : await getOperationStatus(client as DataRegistryOperationsClient, options.operationId);
  } catch (error) {
    return errorEvent(error);
  }
  const failed = status.operationStatus === "failed" || status.operationStatus === "canceled";
  return {
    event: "status",
    api: options.api,
    operationId: options.operationId,
    status: status.status,
    terminal: status.done,
    ...(status.resourceLocation === undefined
      ? {}
      : { resourceLocation: status.resourceLocation, datasetId: status.datasetId }),
    ...(status.error === undefined ? {} : { error: status.error }),
    ...(status.retryAfterMs === undefined ? {} : { retryAfterMs: status.retryAfterMs }),
    exitCode: failed ? EXIT.operationFailed : EXIT.ok,
  };
}
