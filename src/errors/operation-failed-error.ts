import { MapsOperationsError, matches } from "./maps-operations-error.js";
import type { ServiceErrorDetail } from "./service-error.js";

/** The service reported the operation as `Failed`. */
export class OperationFailedError extends MapsOperationsError {
  readonly code = "OperationFailed";
  override readonly name = "OperationFailedError";
  readonly operationId: string;
  /** The service's `error` object, as received (may be absent: Dataset makes it optional). */
  readonly error: ServiceErrorDetail | undefined;
  /** The whole status body of the failed operation. */
  readonly body: unknown;

  constructor(init: {
    api: string;
    operationId: string;
    url: string;
    error: ServiceErrorDetail | undefined;
    body: unknown;
    redact: (text: string) => string;
  }) {
    const detail = init.error
      ? `: ${init.error.code ?? "(no code)"}: ${init.error.message ?? "(no message)"}`
      : " (the service gave no error detail)";
    super(
      init.redact(
        `${init.api} operation ${JSON.stringify(init.operationId)} failed at GET ${init.url}` +
          ` (HTTP 200, status Failed)${detail}`,
      ),
    );
    this.operationId = init.operationId;
    this.error = init.error;
    this.body = init.body;
  }

  /** The service's error code, e.g. `"InvalidFormat"`. */
  get serviceCode(): string | undefined {
    return this.error?.code;
  }

  get details(): ServiceErrorDetail[] | undefined {
    return this.error?.details;
  }
}

export function isOperationFailedError(error: unknown): error is OperationFailedError {
  return (
    error instanceof OperationFailedError ||
    matches(error, "OperationFailedError", "OperationFailed")
  );
}
