import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "./describe.js";

/**
 * The generated api-version policy appends the value to the query unencoded, so only the
 * characters real versions use are let through (`2.0`, `2023-06-01`, `2024-01-01-preview`).
 */
export function checkApiVersion(value: unknown, argument = "options.apiVersion"): string {
  if (typeof value === "string" && /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/.test(value)) return value;
  throw new InvalidArgumentError(
    argument,
    'a version such as "2.0" or "2023-06-01" (letters, digits, "." and "-")',
    describe(value),
  );
}
