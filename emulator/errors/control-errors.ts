import { EmulatorError } from "./emulator-error.js";

/** A control API request the emulator refuses; the message says which field and why. */
export class ControlRequestError extends EmulatorError {
  constructor(message: string) {
    super("BadControlRequest", 400, message);
    this.name = "ControlRequestError";
  }
}

export class LimitExceededError extends EmulatorError {
  constructor(message: string) {
    super("LimitExceeded", 400, message);
    this.name = "LimitExceededError";
  }
}

export class PayloadTooLargeError extends EmulatorError {
  constructor(limit: number) {
    super("PayloadTooLarge", 413, `Request body exceeds the ${limit}-byte limit.`);
    this.name = "PayloadTooLargeError";
  }
}

export class ConflictError extends EmulatorError {
  constructor(message: string) {
    super("Conflict", 409, message);
    this.name = "ConflictError";
  }
}

/** A control request sent by a web page (foreign `Origin`, `Sec-Fetch-Site`). */
export class CrossSiteRequestError extends EmulatorError {
  constructor(message: string) {
    super("CrossSiteRequestRefused", 403, message);
    this.name = "CrossSiteRequestError";
  }
}

export class UnsupportedMediaTypeError extends EmulatorError {
  constructor(message: string) {
    super("UnsupportedMediaType", 415, message);
    this.name = "UnsupportedMediaTypeError";
  }
}
