import { MapsOperationsError, matches } from "./maps-operations-error.js";

/**
 * The wait's budget (`maxWaitInMs`) ran out, or the server asked to wait past it, before a
 * terminal status. `resumeState` continues the wait later.
 */
export class OperationTimeoutError extends MapsOperationsError {
  /** Always `"OperationTimeout"`. */
  readonly code = "OperationTimeout";
  /** Always `"OperationTimeoutError"`: what the guards recognise across copies of the package. */
  override readonly name = "OperationTimeoutError";
  /** The operation polled. */
  readonly operationId: string;
  /** The last status the service gave, as it wrote it; absent when no poll was answered. */
  readonly lastStatus: string | undefined;
  /** Requests sent, retries included, across resumes. */
  readonly polls: number;
  /** Why the wait stopped, e.g. `the server asked to wait 10s before the next poll`. */
  readonly reason: string;
  /** Pass as `restoreFrom` (or to `resumeOperation`) to keep waiting. Holds no credential. */
  readonly resumeState: string;

  /**
   * @param message - Says which operation and why the wait stopped; must hold no credential.
   * @param init - The operation, how far the wait got, and the state to resume from.
   */
  constructor(
    message: string,
    init: {
      operationId: string;
      lastStatus: string | undefined;
      polls: number;
      reason: string;
      resumeState: string;
    },
  ) {
    super(message);
    this.operationId = init.operationId;
    this.lastStatus = init.lastStatus;
    this.polls = init.polls;
    this.reason = init.reason;
    this.resumeState = init.resumeState;
  }
}

/** True for an `OperationTimeoutError`, even one thrown by another copy of this package. */
export function isOperationTimeoutError(error: unknown): error is OperationTimeoutError {
  return (
    error instanceof OperationTimeoutError ||
    matches(error, "OperationTimeoutError", "OperationTimeout")
  );
}
