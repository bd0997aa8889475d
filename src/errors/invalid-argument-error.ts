import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** An argument or option was refused before any request was sent. */
export class InvalidArgumentError extends MapsOperationsError {
  readonly code = "InvalidArgument";
  override readonly name = "InvalidArgumentError";
  /** The argument or option, e.g. `"operationId"` or `"options.endpoint"`. */
  readonly argument: string;
  /** What would have been accepted. */
  readonly expected: string;

  constructor(argument: string, expected: string, got: string) {
    super(`${argument} must be ${expected}; got ${got}.`);
    this.argument = argument;
    this.expected = expected;
  }
}

export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  return (
    error instanceof InvalidArgumentError ||
    matches(error, "InvalidArgumentError", "InvalidArgument")
  );
}
