import type { ApiName } from "../apis.js";
import type { FinalWaitEvent, ProgressEvent, RetryEvent, WaitingEvent } from "../events.js";
import type { CliIo } from "../io.js";
import { jsonLine } from "./json.js";
import { finalLine, progressLine, retryLine, waitingLine, waitStartLine } from "./line.js";
import { CLEAR_LINE, liveLine, type LiveState } from "./tty.js";

/** Receives a wait's events; one implementation per output mode. */
export interface WaitReporter {
  progress(event: ProgressEvent): void;
  /** A failed poll that will be retried. */
  retry(event: RetryEvent): void;
  /** Nothing was reported for a while. */
  waiting(event: WaitingEvent): void;
  /** Called exactly once, last. */
  finish(event: FinalWaitEvent): void;
}

export interface WaitReporterContext {
  readonly api: ApiName;
  readonly operationId: string;
  readonly endpoint: string;
  readonly startedAt: number;
}

export type OutputMode = "json" | "tty" | "lines";

export function outputModeOf(json: boolean, isTTY: boolean): OutputMode {
  return json ? "json" : isTTY ? "tty" : "lines";
}

export function createWaitReporter(
  mode: OutputMode,
  io: CliIo,
  context: WaitReporterContext,
): WaitReporter {
  switch (mode) {
    case "json":
      return jsonReporter(io);
    case "tty":
      return ttyReporter(io, context);
    case "lines":
      return lineReporter(io, context);
  }
}

/** Every event as an NDJSON object: each poll, failed ones, heartbeats, then the outcome. */
function jsonReporter(io: CliIo): WaitReporter {
  const write = (event: object) => io.out(jsonLine(event));
  return { progress: write, retry: write, waiting: write, finish: write };
}

/** One plain line per status change (logs and CI), then the outcome. */
function lineReporter(io: CliIo, context: WaitReporterContext): WaitReporter {
  io.out(waitStartLine(context.api, context.operationId, context.endpoint));
  let lastStatus: string | undefined;
  return {
    progress(event) {
      if (event.status === lastStatus) return;
      lastStatus = event.status;
      io.out(progressLine(event));
    },
    retry: (event) => io.out(retryLine(event)),
    waiting: (event) => io.out(waitingLine(event)),
    finish: (event) => (event.event === "error" ? io.err : io.out)(finalLine(event)),
  };
}

/** TICK_MS: often enough for a countdown in tenths of a second to look alive, no more. */
const TICK_MS = 200;

/** A live line rewritten in place on every tick and event; the outcome replaces it at the end. */
function ttyReporter(io: CliIo, context: WaitReporterContext): WaitReporter {
  io.out(waitStartLine(context.api, context.operationId, context.endpoint));
  let state: LiveState = {
    api: context.api,
    operationId: context.operationId,
    startedAt: context.startedAt,
  };
  const draw = () => io.out(liveLine(state, io.now(), io.columns));
  draw();
  const timer = setInterval(draw, TICK_MS);
  // The wait's own timers keep the process alive; this one must not.
  timer.unref();
  return {
    progress(event) {
      state = { ...state, last: { event, at: io.now() }, retry: undefined };
      draw();
    },
    retry(event) {
      state = { ...state, retry: { event, at: io.now() } };
      draw();
    },
    // The live line is redrawn every tick: it never goes silent.
    waiting: () => undefined,
    finish(event) {
      clearInterval(timer);
      if (event.event === "error") {
        io.out(CLEAR_LINE);
        io.err(finalLine(event));
      } else {
        io.out(CLEAR_LINE + finalLine(event));
      }
    },
  };
}
