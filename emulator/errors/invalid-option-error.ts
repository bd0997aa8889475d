/** An option of `startEmulator` (or a CLI flag mapped onto one) that cannot be used. */
export class InvalidOptionError extends Error {
  readonly code = "InvalidOption";
  constructor(message: string) {
    super(message);
    this.name = "InvalidOptionError";
  }
}
