/**
 * What each known format (`spec/vocabulary.ts`) accepts, beyond or instead of ajv-formats' own.
 */
import type { FormatDefinition } from "ajv";
import { isDateTime } from "./dateTime.js";

const INT32 = 2 ** 31;
const INT64 = 2 ** 63;

/**
 * `url` (AutoRest's name): an absolute URL, as the WHATWG parser reads it. `Resource-Location` is
 * documented as the path to the result and printed as an absolute https URL, so a relative
 * reference is rejected; any scheme is accepted (the spec does not narrow it).
 */
function isAbsoluteUrl(value: string): boolean {
  // The shape nearly every such header has is surely parsed; only another one needs the parser.
  if (PLAIN_HTTPS_URL.test(value)) return true;
  if (!URL.canParse(value)) return false;
  // The parser is lenient about characters a URL cannot carry; RFC 3986 has no spaces.
  return !/[\s<>"{}|\\^`]/.test(value);
}

/** `https://host/path?query` with plain characters: what the WHATWG parser always accepts. */
const PLAIN_HTTPS_URL =
  /^https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:\/[\w.~!$&'()*+,;=:@%/-]*)?(?:\?[\w.~!$&'()*+,;=:@%/?-]*)?$/;

const RFC1123_SHAPE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * IMF-fixdate (RFC 9110 §5.6.7, RFC 5322 §3.3): the shape, and a real date and time whose
 * weekday is that date's, as `date-time`'s check has it (second 60 for a leap second).
 */
function isRfc1123(text: string): boolean {
  const m = RFC1123_SHAPE.exec(text);
  if (!m) return false;
  const [, weekday, day, month, year, hour, minute, second] = m;
  const y = Number(year);
  const mo = MONTHS.indexOf(month!);
  const d = Number(day);
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return false;
  // setUTCFullYear, not Date.UTC, which maps the years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo, d);
  if (date.getUTCMonth() !== mo || date.getUTCDate() !== d) return false;
  return WEEKDAYS[date.getUTCDay()] === weekday;
}

/**
 * ISO 8601 durations as services write them: a decimal fraction on any part (`PT0.0010000S`, what
 * .NET's `XmlConvert` makes of a `TimeSpan`, or `PT1,5S`), weeks, and a leading minus (XML
 * Schema's negative durations). At least one part, and none after a bare `T` (`P`, `PT`, `P1DT`
 * are not durations). ajv-formats' own takes no fraction.
 */
const PART = String.raw`\d+(?:[.,]\d+)?`;
const DURATION = new RegExp(
  String.raw`^-?P(?=\d|T\d)(?:${PART}Y)?(?:${PART}M)?(?:${PART}W)?(?:${PART}D)?` +
    String.raw`(?:T(?=\d)(?:${PART}H)?(?:${PART}M)?(?:${PART}S)?)?$`,
);

const anything = { type: "string", validate: () => true } as const;

export const EXTRA_FORMATS: Readonly<
  Record<string, FormatDefinition<string> | FormatDefinition<number>>
> = {
  "date-time": { type: "string", validate: isDateTime },
  int32: {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  },
  // A JSON number above 2^53 is already rounded when parsed: 2^63 − 1 arrives as 2^63, so that
  // value is accepted; only a value further out is known to be out of range.
  int64: {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT64 && n <= INT64,
  },
  float: { type: "number", validate: (n: number) => Number.isFinite(n) },
  double: { type: "number", validate: (n: number) => Number.isFinite(n) },
  decimal: { type: "number", validate: (n: number) => Number.isFinite(n) },
  unixtime: { type: "number", validate: (n: number) => Number.isInteger(n) },
  url: { type: "string", validate: isAbsoluteUrl },
  // RFC 4648 base64 (`byte`) and base64url: padding optional, as AutoRest clients emit both.
  byte: {
    type: "string",
    validate: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/,
  },
  base64url: { type: "string", validate: /^[A-Za-z0-9_-]*$/ },
  duration: { type: "string", validate: DURATION },
  "date-time-rfc1123": { type: "string", validate: isRfc1123 },
  "date-time-rfc7231": { type: "string", validate: isRfc1123 },
  char: { type: "string", validate: (s: string) => [...s].length === 1 },
  // Opaque strings: any value is valid, the format only tells generators how to type it.
  binary: anything,
  file: anything,
  password: anything,
  "arm-id": anything,
};
