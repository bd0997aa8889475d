/**
 * The few thrown errors: misuse of the validator or a spec it cannot load. Response problems are
 * never thrown; they are `Violation` records.
 */
export class ValidatorError extends Error {
  override readonly name: string = "ValidatorError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A spec file is missing, not JSON, not Swagger 2.0, or uses a construct the validator lacks. */
export class SpecLoadError extends ValidatorError {
  override readonly name = "SpecLoadError";
  constructor(
    readonly specPath: string,
    reason: string,
  ) {
    super("SPEC_LOAD_ERROR", `cannot load spec ${specPath}: ${reason}`);
  }
}

/** `validateResponse` was called with an operationId no loaded spec declares (a caller bug). */
export class UnknownOperationError extends ValidatorError {
  override readonly name = "UnknownOperationError";
  constructor(
    readonly operationId: string,
    known: readonly string[],
  ) {
    super(
      "UNKNOWN_OPERATION",
      `unknown operation ${JSON.stringify(operationId)}; the loaded specs declare ${known.join(", ")}`,
    );
  }
}

/** Works across two loaded copies of this module (`instanceof` would not). */
export function isValidatorError(error: unknown): error is ValidatorError {
  return (
    error instanceof ValidatorError ||
    (error instanceof Error &&
      typeof (error as { code?: unknown }).code === "string" &&
      ["ValidatorError", "SpecLoadError", "UnknownOperationError"].includes(error.name))
  );
}
