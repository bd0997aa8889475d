import { API_TITLES } from "../apis.js";
import { formatDuration } from "../duration.js";
import type { ProgressEvent, RetryEvent } from "../events.js";
import { terminalSafe as safe } from "./terminal-safe.js";

/** Carriage return and "erase line": the next text replaces the live line. */
export const CLEAR_LINE = "\r\x1b[2K";

export interface LiveState {
  readonly api: keyof typeof API_TITLES;
  readonly operationId: string;
  readonly startedAt: number;
  /** The last progress event and when it arrived; undefined before the first answer. */
  readonly last?: { readonly event: ProgressEvent; readonly at: number };
  /** The last failed poll, until the next answered one. */
  readonly retry?: { readonly event: RetryEvent; readonly at: number } | undefined;
}

/** The live line: status, elapsed, next poll in. Recomputed on every tick, so it counts down. */
export function liveLine(state: LiveState, now: number, columns?: number): string {
  const elapsed = formatDuration(now - state.startedAt);
  const title = `${API_TITLES[state.api]} ${safe(state.operationId)}`;
  let text: string;
  if (state.retry !== undefined) {
    const { event, at } = state.retry;
    const next =
      event.nextPollInMs === undefined
        ? ""
        : ` | retry in ${formatDuration(Math.max(0, at + event.nextPollInMs - now))}`;
    const what = event.httpStatus === undefined ? safe(event.code) : `HTTP ${event.httpStatus}`;
    const status = state.last === undefined ? "" : `${safe(state.last.event.status)}, `;
    text = `${title}: ${status}poll ${event.polls} failed (${what}) | elapsed ${elapsed}${next} | polls ${event.polls}`;
  } else if (state.last === undefined) {
    text = `${title}: polling… | elapsed ${elapsed}`;
  } else {
    const { event, at } = state.last;
    const next =
      event.nextPollInMs === undefined
        ? ""
        : ` | next poll in ${formatDuration(Math.max(0, at + event.nextPollInMs - now))}`;
    text = `${title}: ${safe(event.status)} | elapsed ${elapsed}${next} | polls ${event.polls}`;
  }
  // A line wider than the terminal wraps, and "\r" would then rewrite only its last part.
  // A pseudo-terminal with no size set reports 0 columns: unknown, so nothing to fit.
  const width = columns === undefined || columns <= 0 ? Infinity : Math.max(20, columns - 1);
  return CLEAR_LINE + (text.length > width ? `${text.slice(0, width - 1)}…` : text);
}
