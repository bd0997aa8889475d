import { EmulatorError } from "../errors/emulator-error.js";

/** Parses a request target; absolute-form and `*` are accepted, anything unparseable is a 400. */
export function parseRequestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? "/", "http://emulator.invalid");
  } catch {
    throw new EmulatorError("InvalidRequestTarget", 400, "The request target is not a valid URL.");
  }
}
