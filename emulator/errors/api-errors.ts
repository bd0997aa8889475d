import { EmulatorError } from "./emulator-error.js";

/** Failures of a request to one of the two emulated APIs; sent in that API's error shape. */
export class UnauthorizedError extends EmulatorError {
  constructor(message: string) {
    super("Unauthorized", 401, message);
    this.name = "UnauthorizedError";
  }
}

export class InvalidApiVersionError extends EmulatorError {
  constructor(message: string) {
    super("InvalidApiVersion", 400, message);
    this.name = "InvalidApiVersionError";
  }
}

export class InvalidOperationIdError extends EmulatorError {
  constructor(message: string) {
    super("InvalidOperationId", 400, message);
    this.name = "InvalidOperationIdError";
  }
}

export class NotFoundError extends EmulatorError {
  constructor(code: "OperationNotFound" | "ResourceNotFound", message: string) {
    super(code, 404, message);
    this.name = "NotFoundError";
  }
}

export class MethodNotAllowedError extends EmulatorError {
  readonly allow: string;

  constructor(method: string, path: string, allow: string) {
    super("MethodNotAllowed", 405, `${method} is not allowed on ${path}; allowed: ${allow}.`);
    this.name = "MethodNotAllowedError";
    this.allow = allow;
  }
}

/**
 * A request for another host: an absolute-form target naming one, or a Host header that is not
 * this machine's (what a DNS rebinding sends). Sent in the shape of the API the path belongs to.
 */
export class MisdirectedRequestError extends EmulatorError {
  constructor(message: string) {
    super("MisdirectedRequest", 421, message);
    this.name = "MisdirectedRequestError";
  }
}
