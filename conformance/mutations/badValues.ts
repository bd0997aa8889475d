/**
 * Values that break one constraint each. Kept in one table so a new format in a spec needs one
 * line here, and the self-test fails loudly (no mutation generated) until it is added.
 */

/** A value of another JSON type than `type`. */
export function wrongTypeValue(type: string): unknown {
  switch (type) {
    case "string":
      return 42;
    case "integer":
    case "number":
      return "42";
    case "boolean":
      return "true";
    case "array":
      return { not: "an array" };
    case "object":
      return "not an object";
    default:
      return undefined;
  }
}

/** A value of the right type that breaks the format, by format name. */
export const BAD_FORMAT_VALUES: Readonly<Record<string, unknown>> = {
  "date-time": "2021-04-23 yesterday",
  date: "2021-13-45",
  time: "25:61:00",
  "date-time-rfc1123": "yesterday",
  url: "not a url",
  uri: "not a uri",
  uuid: "not-a-uuid",
  email: "not an email",
  duration: "ten minutes",
  byte: "***",
  // Integers out of range: a fraction would break `type: integer` as well.
  int32: 2 ** 40,
  int64: 2 ** 64,
};

/** A header text that is not of the header's declared type/format (`Retry-After: soon`). */
export function badHeaderText(schema: { type?: string; format?: string }): string | undefined {
  switch (schema.type) {
    case "integer":
    case "number":
      return "soon";
    case "boolean":
      return "maybe";
    case "string": {
      const bad = schema.format ? BAD_FORMAT_VALUES[schema.format] : undefined;
      return typeof bad === "string" ? bad : undefined;
    }
    default:
      return undefined;
  }
}

/** An unknown enum member, unlikely ever to be added to a spec. */
export const UNKNOWN_ENUM_VALUE = "ConformanceUnknownValue";

/** The same letters in another case: `Running` → `RUNNING` (or `running` if already upper). */
export function otherCase(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (upper !== value) return upper;
  const lower = value.toLowerCase();
  return lower !== value ? lower : undefined;
}
