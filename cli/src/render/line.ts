import { API_TITLES } from "../apis.js";
import type { ServiceErrorDetail } from "maps-operations-rest";
import { formatDuration } from "../duration.js";
import type {
  ErrorEvent,
  FinalWaitEvent,
  ProgressEvent,
  RetryEvent,
  StatusEvent,
  WaitingEvent,
} from "../events.js";

/** Plain, one-line-per-fact renderings: `status` output and `wait` on a non-terminal. */

export function statusLine(event: StatusEvent): string {
  const head = `${API_TITLES[event.api]} operation ${event.operationId}: ${event.status}`;
  if (event.error !== undefined) return `${head}: ${serviceError(event.error)}\n`;
  if (event.datasetId !== undefined) {
    return `${head}, dataset ${event.datasetId} (Resource-Location: ${event.resourceLocation})\n`;
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
  return `Waiting for ${API_TITLES[api]} operation ${operationId} at ${endpoint}\n`;
}

/** Printed when the status changes (not on every poll). */
export function progressLine(event: ProgressEvent): string {
  return `${formatDuration(event.elapsedMs).padStart(7)}  ${event.status} (poll ${event.polls})\n`;
}

/** A failed poll: what failed, and when the next try is. */
export function retryLine(event: RetryEvent): string {
  const next =
    event.nextPollInMs === undefined ? "" : `, retry in ${formatDuration(event.nextPollInMs)}`;
  const what =
    event.httpStatus === undefined ? event.code : `HTTP ${event.httpStatus} ${event.code}`;
  return `${formatDuration(event.elapsedMs).padStart(7)}  poll ${event.polls} failed (${what})${next}: ${event.message}\n`;
}

/** After a silence: still waiting, with the last status and the time to the next poll. */
export function waitingLine(event: WaitingEvent): string {
  const next =
    event.nextPollInMs === undefined ? "" : `, next poll in ${formatDuration(event.nextPollInMs)}`;
  return `${formatDuration(event.elapsedMs).padStart(7)}  still ${event.status ?? "waiting for a first answer"} (${event.polls} ${plural(event.polls, "poll")}${next})\n`;
}

export function finalLine(event: FinalWaitEvent): string {
  switch (event.event) {
    case "succeeded":
      return (
        `${event.status} after ${event.polls} ${plural(event.polls, "poll")} in ${formatDuration(event.elapsedMs)}` +
        (event.datasetId === undefined
          ? ""
          : `: dataset ${event.datasetId} (Resource-Location: ${event.resourceLocation})`) +
        "\n"
      );
    case "failed":
      return `${event.status} after ${formatDuration(event.elapsedMs)}: ${event.error === undefined ? "the service gave no error detail" : serviceError(event.error)}\n`;
    case "timeout":
      return `Timed out after ${formatDuration(event.elapsedMs)}: ${event.reason} (last status ${event.lastStatus ?? "unknown"}, ${event.polls} ${plural(event.polls, "poll")})\n`;
    case "interrupted":
      return `Interrupted after ${formatDuration(event.elapsedMs)} (last status ${event.lastStatus ?? "unknown"}, ${event.polls} ${plural(event.polls, "poll")})\n`;
    case "error":
      return errorLine(event);
  }
}

export function errorLine(event: ErrorEvent): string {
  return `error: ${event.message}\n`;
}

function serviceError(error: ServiceErrorDetail): string {
  return `${error.code ?? "(no code)"}: ${error.message ?? "(no message)"}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
