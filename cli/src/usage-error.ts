/**
 * A command line the CLI refuses before sending anything (exit 2). The message names the argument
 * and the accepted form, e.g. `--api must be one of dataset, data-registry; got "x"`.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "Usage";

  constructor(message: string) {
    super(message);
  }
}

export function isUsageError(error: unknown): error is UsageError {
  return (
    error instanceof UsageError ||
    (error instanceof Error &&
      error.name === "UsageError" &&
      (error as UsageError).code === "Usage")
  );
}
