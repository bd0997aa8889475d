/**
 * Base of every error the emulator raises on purpose. The `code` is stable and is what lands in the
 * `code` field of the error body sent back, so tests can assert it without parsing messages.
 */
export class EmulatorError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, status: number, message: string) {
    super(message);
    this.name = "EmulatorError";
    this.code = code;
    this.status = status;
  }
}

/** Works across two loaded copies of the module, where `instanceof` would not. */
export function isEmulatorError(value: unknown): value is EmulatorError {
  return (
    value instanceof EmulatorError ||
    (value instanceof Error &&
      typeof (value as Partial<EmulatorError>).code === "string" &&
      typeof (value as Partial<EmulatorError>).status === "number")
  );
}
