/**
 * `Content-Type` against the operation's `produces`. Compared as media types (RFC 9110 §8.3.1):
 * type/subtype case-insensitively, parameters such as `charset=utf-8` ignored; `*\/*` and
 * `type/*` in `produces` match what they cover.
 */
import { interned } from "./interned.js";

export function mediaType(value: string): string {
  const end = value.indexOf(";");
  return (end === -1 ? value : value.slice(0, end)).trim().toLowerCase();
}

/** `application/json`, `text/json`, `application/geo+json`...: a body to parse as JSON. */
export function isJsonMediaType(type: string): boolean {
  const subtype = type.slice(type.indexOf("/") + 1);
  return subtype === "json" || subtype.endsWith("+json") || subtype === "*";
}

/**
 * Whether a body sent as `contentType` is read as text rather than parsed as JSON: its media type
 * is not JSON and `produces` offers it, by name or through a wildcard (`*\/*`, `text/*`, or no
 * `produces` at all). A Content-Type `produces` does not offer is INVALID_CONTENT_TYPE, and its
 * body is still read as what `produces` promises. `undefined` when no Content-Type can be text
 * (every entry is JSON): nothing to decide per response.
 */
export function textBodyCheck(
  produces: readonly string[],
): ((contentType: string) => boolean) | undefined {
  const types = produces.map(mediaType);
  const named = new Set(types.filter((t) => !isJsonMediaType(t)));
  // No `produces` at all: whatever the server says it sent.
  const covered = types.length === 0 ? () => true : wildcardsOf(types);
  if (named.size === 0 && covered === undefined) return undefined;
  return (contentType) => {
    const actual = mediaType(contentType);
    if (named.has(actual)) return true;
    if (isJsonMediaType(actual)) return false;
    return covered?.(actual) ?? false;
  };
}

/** The wildcards among media types (`*\/*`, `text/*`) as one test; undefined when there are none. */
function wildcardsOf(types: readonly string[]): ((type: string) => boolean) | undefined {
  if (types.includes("*/*")) return () => true;
  const families = types.filter((t) => t.endsWith("/*")).map((t) => t.slice(0, -1));
  return families.length === 0 ? undefined : (type) => families.some((f) => type.startsWith(f));
}

/** `undefined` when acceptable; otherwise why not. */
export type ContentTypeCheck = (header: string | undefined) => string | undefined;

/** Built once per operation: `produces` is normalised here, not on every response. */
export function contentTypeCheck(produces: readonly string[]): ContentTypeCheck {
  if (produces.length === 0) return () => undefined;
  const allowed = produces.map(mediaType);
  // The spelling the spec uses is what a service sends, nearly always: no parsing for it. A few
  // entries: compared in turn, which costs less than hashing the header's text for a set.
  const verbatim = [...new Set(produces)].map(interned);
  // Messages list `produces` as the spec writes it: parameters can matter to a reader
  // (`application/json;serialization=Avro` beside plain JSON).
  const listed = [...new Set(produces)].join(", ");
  const covered = wildcardsOf(allowed);
  return (header) => {
    if (header === undefined) {
      return `Content-Type is missing; the operation produces ${listed}`;
    }
    for (let i = 0; i < verbatim.length; i++) if (header === verbatim[i]) return undefined;
    const actual = mediaType(header);
    if (allowed.includes(actual) || covered?.(actual)) return undefined;
    return `Content-Type ${JSON.stringify(actual)} is not among ${listed}`;
  };
}

/** `undefined` when acceptable; otherwise why not. */
export function contentTypeProblem(
  header: string | undefined,
  produces: readonly string[],
): string | undefined {
  return contentTypeCheck(produces)(header);
}
