import type { Client } from "@azure-rest/core-client";
import { APIS } from "../../apis.js";
import { clientInfoOf } from "../../client/client-info.js";
import { redactJson } from "../../errors/redact.js";
import { serviceErrorOf } from "../../errors/service-error.js";
import { pollOnce } from "../../wait/poll.js";
import { WAIT_DEFAULTS } from "../../wait/options.js";
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
  const api = APIS[options.api];
  const info = clientInfoOf(client);
  if (info === undefined) throw new Error("the client was not made by this package's factories");
  const outcome = await pollOnce({
    client: client as Client,
    api,
    info,
    operationId: options.operationId,
    signal: new AbortController().signal,
    requestTimeoutMs: WAIT_DEFAULTS.requestTimeoutMs,
    isStopped: () => false,
  });
  switch (outcome.kind) {
    case "fatal":
      return errorEvent(outcome.error);
    case "transient":
      return errorEvent(outcome.toError(1));
    case "stopped":
      return errorEvent(new Error("the request was stopped"));
    case "status": {
      const failed = outcome.status === api.failed;
      const error = failed ? serviceErrorOf(redactJson(outcome.body, info.redact)) : undefined;
      return {
        event: "status",
        api: options.api,
        operationId: options.operationId,
        status: outcome.status,
        terminal: failed || outcome.status === api.succeeded,
        ...(outcome.resourceLocation === undefined
          ? {}
          : { resourceLocation: outcome.resourceLocation, datasetId: outcome.datasetId }),
        ...(error === undefined ? {} : { error }),
        ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
        exitCode: failed ? EXIT.operationFailed : EXIT.ok,
      };
    }
  }
}
