/**
 * Formats the Swagger 2.0 / AutoRest specs use beyond ajv-formats. Strict mode makes an unknown
 * format a load error, so a new spec format cannot silently go unchecked.
 */
import type { FormatDefinition } from "ajv";

const INT32 = 2 ** 31;
const INT64 = 2 ** 63;

/**
 * `url` (AutoRest's name): an absolute URL, as the WHATWG parser reads it. `Resource-Location` is
 * documented as the path to the result and printed as an absolute https URL, so a relative
 * reference is rejected; any scheme is accepted (the spec does not narrow it).
 */
function isAbsoluteUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  // The parser is lenient about characters a URL cannot carry; RFC 3986 has no spaces.
  return !/[\s<>"{}|\\^`]/.test(value);
}

export const EXTRA_FORMATS: Readonly<
  Record<string, FormatDefinition<string> | FormatDefinition<number>>
> = {
  int32: {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  },
  // JSON numbers above 2^53 are already rounded by JSON.parse; only the range can be checked.
  int64: {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT64 && n < INT64,
  },
  float: { type: "number", validate: (n: number) => Number.isFinite(n) },
  double: { type: "number", validate: (n: number) => Number.isFinite(n) },
  unixtime: { type: "number", validate: (n: number) => Number.isInteger(n) },
  url: { type: "string", validate: isAbsoluteUrl },
  // RFC 4648 base64 (`byte`) and base64url: padding optional, as AutoRest clients emit both.
  byte: {
    type: "string",
    validate: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/,
  },
  base64url: { type: "string", validate: /^[A-Za-z0-9_-]*$/ },
  "date-time-rfc1123": {
    type: "string",
    validate:
      /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  },
  char: { type: "string", validate: (s: string) => [...s].length === 1 },
  // Opaque strings: any value is valid, the format only tells generators how to type it.
  binary: { type: "string", validate: () => true },
  file: { type: "string", validate: () => true },
  password: { type: "string", validate: () => true },
  "arm-id": { type: "string", validate: () => true },
};
