import { MapsOperationsError, matches } from "./maps-operations-error.js";

/** An argument or option was refused before any request was sent. */
export class InvalidArgumentError extends MapsOperationsError {
  /** Always `"InvalidArgument"`. */
  readonly code = "InvalidArgument";
  /** Always `"InvalidArgumentError"`: what the guards recognise across copies of the package. */
  override readonly name = "InvalidArgumentError";
  /** The argument or option, e.g. `"operationId"` or `"options.endpoint"`. */
  readonly argument: string;
  /** What would have been accepted. */
  readonly expected: string;

  /**
   * @param argument - The refused argument or option, as the caller spells it.
   * @param expected - The accepted form.
   * @param got - A short description of what was given; must hold no credential.
   */
  constructor(argument: string, expected: string, got: string) {
    super(`${argument} must be ${expected}; got ${got}.`);
    this.argument = argument;
    this.expected = expected;
  }
}

/** True for an `InvalidArgumentError`, even one thrown by another copy of this package. */
export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  return (
    error instanceof InvalidArgumentError ||
    matches(error, "InvalidArgumentError", "InvalidArgument")
  );
}
