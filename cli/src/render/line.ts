import { API_TITLES } from "../apis.js";
import type { ServiceErrorDetail } from "maps-operations-rest";
import { formatDuration } from "../duration.js";
import { terminalSafe as safe } from "./terminal-safe.js";
import type {
  ErrorEvent,
  FinalWaitEvent,
  ProgressEvent,
  RetryEvent,
  StatusEvent,
  WaitingEvent,
} from "../events.js";

/**
 * Plain, one-line-per-fact renderings: `status` output and `wait` on a non-terminal. Every value
 * that is not the CLI's own goes through `safe`, and every line starts with the CLI's own words,
 * so server text never starts a line. The two that start with a status are the library's own:
 * `succeeded` is always `Succeeded` or `Completed`, `failed` one it matched exactly (`Failed`,
 * `Canceled`, `Cancelled`).
 */

export function statusLine(event: StatusEvent): string {
  const head = `${API_TITLES[event.api]} operation ${safe(event.operationId)}: ${safe(event.status)}`;
  if (event.error !== undefined) return `${head}: ${serviceError(event.error)}\n`;
  if (event.datasetId !== undefined) {
    return `${head}, ${datasetText(event.datasetId, event.resourceLocation)}\n`;
  }
  if (!event.terminal && event.retryAfterMs !== undefined) {
    return `${head} (retry after ${formatDuration(event.retryAfterMs)})\n`;
  }
  return `${head}\n`;
}

export function waitStartLine(
  api: keyof typeof API_TITLES,
  operationId: string,
  endpoint: string,
): string {
  return `Waiting for ${API_TITLES[api]} operation ${safe(operationId)} at ${safe(endpoint)}\n`;
}

/** Printed when the status changes (not on every poll). */
export function progressLine(event: ProgressEvent): string {
  return `${formatDuration(event.elapsedMs).padStart(7)}  ${safe(event.status)} (poll ${event.polls})\n`;
}

/** A failed poll: what failed, and when the next try is. */
export function retryLine(event: RetryEvent): string {
  const next =
    event.nextPollInMs === undefined ? "" : `, retry in ${formatDuration(event.nextPollInMs)}`;
  const what =
    event.httpStatus === undefined
      ? safe(event.code)
      : `HTTP ${event.httpStatus} ${safe(event.code)}`;
  return `${formatDuration(event.elapsedMs).padStart(7)}  poll ${event.polls} failed (${what})${next}: ${safe(event.message)}\n`;
}

/** After a silence: still waiting, with the last status and the time to the next poll. */
export function waitingLine(event: WaitingEvent): string {
  const next =
    event.nextPollInMs === undefined ? "" : `, next poll in ${formatDuration(event.nextPollInMs)}`;
  return `${formatDuration(event.elapsedMs).padStart(7)}  still ${event.status === undefined ? "waiting for a first answer" : safe(event.status)} (${event.polls} ${plural(event.polls, "poll")}${next})\n`;
}

export function finalLine(event: FinalWaitEvent): string {
  switch (event.event) {
    case "succeeded":
      return (
        `${safe(event.status)} after ${event.polls} ${plural(event.polls, "poll")} in ${formatDuration(event.elapsedMs)}` +
        (event.datasetId === undefined
          ? ""
          : `: ${datasetText(event.datasetId, event.resourceLocation)}`) +
        "\n"
      );
    case "failed":
      return `${safe(event.status)} after ${formatDuration(event.elapsedMs)}: ${event.error === undefined ? "the service gave no error detail" : serviceError(event.error)}\n`;
    case "timeout":
      return `Timed out after ${formatDuration(event.elapsedMs)}: ${safe(event.reason)} (last status ${lastStatus(event.lastStatus)}, ${event.polls} ${plural(event.polls, "poll")})\n`;
    case "interrupted":
      return `Interrupted after ${formatDuration(event.elapsedMs)} (last status ${lastStatus(event.lastStatus)}, ${event.polls} ${plural(event.polls, "poll")})\n`;
    case "error":
      return errorLine(event);
  }
}

export function errorLine(event: ErrorEvent): string {
  return `error: ${safe(event.message)}\n`;
}

function serviceError(error: ServiceErrorDetail): string {
  return `${orElse(error.code, "(no code)")}: ${orElse(error.message, "(no message)")}`;
}

/** The error object is the server's, as received: its fields may be of any type. */
function orElse(value: unknown, none: string): string {
  return value === undefined || value === null ? none : safe(String(value));
}

function datasetText(datasetId: string | undefined, resourceLocation: string | undefined): string {
  return `dataset ${safe(datasetId ?? "")} (Resource-Location: ${safe(resourceLocation ?? "")})`;
}

function lastStatus(status: string | undefined): string {
  return status === undefined ? "unknown" : safe(status);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
