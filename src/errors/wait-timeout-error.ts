import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** `maxWaitMs` ran out (or the server asked to wait past it) before a terminal status. */
export class WaitTimeoutError extends MapsOperationsError {
  readonly code = "WaitTimeout";
  override readonly name = "WaitTimeoutError";
  readonly operationId: string;
  readonly maxWaitMs: number;
  /** The last status seen, if any poll succeeded. */
  readonly lastStatus: string | undefined;
  readonly polls: number;
  /** Pass to `resumeOperation` to keep waiting later. */
  readonly resumeState: string;

  constructor(init: {
    api: string;
    operationId: string;
    maxWaitMs: number;
    lastStatus: string | undefined;
    polls: number;
    resumeState: string;
    why: string;
  }) {
    super(
      `${init.api} operation ${JSON.stringify(init.operationId)} did not finish within` +
        ` maxWaitMs ${init.maxWaitMs} (${init.why}; last status ${init.lastStatus ?? "unknown"},` +
        ` ${init.polls} polls)`,
    );
    this.operationId = init.operationId;
    this.maxWaitMs = init.maxWaitMs;
    this.lastStatus = init.lastStatus;
    this.polls = init.polls;
    this.resumeState = init.resumeState;
  }
}

export function isWaitTimeoutError(error: unknown): error is WaitTimeoutError {
  return error instanceof WaitTimeoutError || matches(error, "WaitTimeoutError", "WaitTimeout");
}
