import { MapsOperationsError, matches } from "./maps-operations-error.js";
import type { ServiceErrorDetail } from "./service-error.js";

/** The service reported the operation as `Failed` (or `Canceled`). */
export class OperationFailedError extends MapsOperationsError {
  /** Always `"OperationFailed"`. */
  readonly code = "OperationFailed";
  /** Always `"OperationFailedError"`: what the guards recognise across copies of the package. */
  override readonly name = "OperationFailedError";
  /** The operation polled. */
  readonly operationId: string;
  /** The status the service gave, as it wrote it: `Failed`, or `Canceled`. */
  readonly status: string;
  /** The service's `error` object, as received (absent when the service gave none). */
  readonly error: ServiceErrorDetail | undefined;

  /**
   * @param message - Says which operation failed and why; must hold no credential.
   * @param init - The operation, its terminal status and the service's error object.
   */
  constructor(
    message: string,
    init: { operationId: string; status: string; error: ServiceErrorDetail | undefined },
  ) {
    super(message);
    this.operationId = init.operationId;
    this.status = init.status;
    this.error = init.error;
  }

  /** The service's error code, e.g. `"InvalidData"`. */
  get serviceCode(): string | undefined {
    return this.error?.code;
  }

  /** The service's nested error details. */
  get details(): ServiceErrorDetail[] | undefined {
    return this.error?.details;
  }
}

/** True for an `OperationFailedError`, even one thrown by another copy of this package. */
export function isOperationFailedError(error: unknown): error is OperationFailedError {
  return (
    error instanceof OperationFailedError ||
    matches(error, "OperationFailedError", "OperationFailed")
  );
}
