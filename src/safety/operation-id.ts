import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "./describe.js";

/** The pattern the Data Registry spec gives `operationId`. */
export const GUID_PATTERN =
  /^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$/;

export type OperationIdRule = "guid" | "nonEmpty";

/** A UTF-16 half without its other half: not text, and not encodable in a URL. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * core-client's path() percent-encodes the id (encodeURIComponent), so `/ ? # % CR LF` cannot
 * leave the path segment. What it does not cover is refused here: a non-string (an object
 * `{ value, allowReserved: true }` turns encoding off), the dot segments `.` and `..`, which
 * encodeURIComponent leaves alone and URL parsing then resolves (`/operations/..` → `/datasets/`),
 * and a lone surrogate, on which encodeURIComponent throws a URIError.
 */
export function checkOperationId(
  value: unknown,
  rule: OperationIdRule,
  argument = "operationId",
): string {
  if (rule === "guid") {
    if (typeof value === "string" && GUID_PATTERN.test(value)) return value;
    throw new InvalidArgumentError(
      argument,
      "a GUID such as 0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
      describe(value),
    );
  }
  if (
    typeof value === "string" &&
    value !== "" &&
    value !== "." &&
    value !== ".." &&
    !LONE_SURROGATE.test(value)
  ) {
    return value;
  }
  throw new InvalidArgumentError(
    argument,
    `a non-empty, well-formed string other than "." and ".."`,
    describe(value),
  );
}

/**
 * Checks an operation id the way every call of this package does before sending, for callers
 * that validate input early (a form, a command line). Returns the id; throws
 * `InvalidArgumentError` naming `operationId` and the accepted form (Data Registry: a GUID;
 * Dataset: a non-empty string other than `.` and `..`).
 */
export function validateOperationId(api: "dataset" | "dataRegistry", operationId: unknown): string {
  if (api !== "dataset" && api !== "dataRegistry") {
    throw new InvalidArgumentError("api", `"dataset" or "dataRegistry"`, describe(api));
  }
  return checkOperationId(operationId, api === "dataRegistry" ? "guid" : "nonEmpty");
}
