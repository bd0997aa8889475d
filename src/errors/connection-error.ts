import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** No HTTP answer (connection refused or reset, request timeout) after the retries. */
export class ConnectionError extends MapsOperationsError {
  readonly code = "ConnectionFailed";
  override readonly name = "ConnectionError";
  readonly operationId: string;
  readonly url: string;
  /** The transport's code, e.g. `"ECONNRESET"`, or `"RequestTimeout"`. */
  readonly reason: string;
  readonly attempts: number;

  constructor(init: {
    api: string;
    operationId: string;
    url: string;
    reason: string;
    attempts: number;
    redact: (text: string) => string;
  }) {
    super(
      init.redact(
        `${init.api} Get Operation for ${JSON.stringify(init.operationId)} got no answer from` +
          ` GET ${init.url}: ${init.reason} (after ${init.attempts} attempts)`,
      ),
    );
    this.operationId = init.operationId;
    this.url = init.url;
    this.reason = init.reason;
    this.attempts = init.attempts;
  }
}

export function isConnectionError(error: unknown): error is ConnectionError {
  return error instanceof ConnectionError || matches(error, "ConnectionError", "ConnectionFailed");
}
