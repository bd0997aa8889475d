import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** A 200 whose body or headers break the spec (not JSON, no status, no Resource-Location...). */
export class MalformedResponseError extends MapsOperationsError {
  readonly code = "MalformedResponse";
  override readonly name = "MalformedResponseError";
  readonly operationId: string;
  readonly url: string;
  readonly status: number | undefined;
  /** What was wrong, e.g. `"the body is not JSON"`. */
  readonly reason: string;
  readonly attempts: number;

  constructor(init: {
    api: string;
    operationId: string;
    url: string;
    status: number | undefined;
    reason: string;
    attempts: number;
    redact: (text: string) => string;
  }) {
    super(
      init.redact(
        `${init.api} Get Operation for ${JSON.stringify(init.operationId)} got a malformed answer` +
          ` from GET ${init.url}${init.status === undefined ? "" : ` (HTTP ${init.status})`}:` +
          ` ${init.reason} (after ${init.attempts} attempts)`,
      ),
    );
    this.operationId = init.operationId;
    this.url = init.url;
    this.status = init.status;
    this.reason = init.reason;
    this.attempts = init.attempts;
  }
}

export function isMalformedResponseError(error: unknown): error is MalformedResponseError {
  return (
    error instanceof MalformedResponseError ||
    matches(error, "MalformedResponseError", "MalformedResponse")
  );
}
