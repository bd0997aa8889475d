import { MapsOperationsError, matches } from "./maps-operations-error.js";
import { serviceErrorOf } from "./service-error.js";

/**
 * The service answered with an HTTP status other than 200: at once for a status that is not worth
 * retrying (400, 401, 403, 404...), or after the retries for 429 and 5xx.
 */
export class UnexpectedResponseError extends MapsOperationsError {
  readonly code = "UnexpectedResponse";
  override readonly name = "UnexpectedResponseError";
  readonly operationId: string;
  readonly status: number;
  /** `x-ms-error-code`, else the body's `error.code`. */
  readonly errorCode: string | undefined;
  readonly body: unknown;
  /** The request URL, query values other than `api-version` redacted. */
  readonly url: string;
  /** Requests sent for this poll, retries included. */
  readonly attempts: number;

  constructor(init: {
    api: string;
    operationId: string;
    url: string;
    status: number;
    headers: Record<string, string>;
    body: unknown;
    attempts: number;
    redact: (text: string) => string;
  }) {
    const errorCode = init.headers["x-ms-error-code"] ?? serviceErrorOf(init.body)?.code;
    const message = serviceErrorOf(init.body)?.message;
    super(
      init.redact(
        `${init.api} Get Operation for ${JSON.stringify(init.operationId)} failed at GET ${init.url}:` +
          ` HTTP ${init.status}${errorCode ? ` ${errorCode}` : ""}${message ? `: ${message}` : ""}` +
          (init.attempts > 1 ? ` (after ${init.attempts} attempts)` : ""),
      ),
    );
    this.operationId = init.operationId;
    this.status = init.status;
    this.errorCode = errorCode;
    this.body = init.body;
    this.url = init.url;
    this.attempts = init.attempts;
  }
}

export function isUnexpectedResponseError(error: unknown): error is UnexpectedResponseError {
  return (
    error instanceof UnexpectedResponseError ||
    matches(error, "UnexpectedResponseError", "UnexpectedResponse")
  );
}
