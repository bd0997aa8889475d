import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "./describe.js";

/**
 * The form Azure api-versions have (`2.0`, `2023-06-01`, `2024-01-01-preview`): a typo is refused
 * here, before any request, rather than by the service. (The generated policy encodes the value,
 * so this is no longer what keeps it from adding query parameters.)
 */
export function checkApiVersion(value: unknown, argument = "options.apiVersion"): string {
  if (typeof value === "string" && /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/.test(value)) return value;
  throw new InvalidArgumentError(
    argument,
    'a version such as "2.0" or "2023-06-01" (letters, digits, "." and "-")',
    describe(value),
  );
}
