import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** The caller's `abortSignal` fired. */
export class WaitAbortedError extends MapsOperationsError {
  readonly code = "WaitAborted";
  override readonly name = "WaitAbortedError";
  readonly operationId: string;
  readonly lastStatus: string | undefined;
  readonly polls: number;
  /** Pass to `resumeOperation` to keep waiting later. */
  readonly resumeState: string;

  constructor(init: {
    api: string;
    operationId: string;
    lastStatus: string | undefined;
    polls: number;
    resumeState: string;
  }) {
    super(
      `Waiting for ${init.api} operation ${JSON.stringify(init.operationId)} was aborted` +
        ` (last status ${init.lastStatus ?? "unknown"}, ${init.polls} polls)`,
    );
    this.operationId = init.operationId;
    this.lastStatus = init.lastStatus;
    this.polls = init.polls;
    this.resumeState = init.resumeState;
  }
}

export function isWaitAbortedError(error: unknown): error is WaitAbortedError {
  return error instanceof WaitAbortedError || matches(error, "WaitAbortedError", "WaitAborted");
}
