/**
 * Any header input → one lower-cased map, with a size budget so that a hostile header set (one
 * 100 MB value, or a million names) is refused after reading at most the budget.
 */
import type { HeadersInput } from "../types.js";

export type HeadersRead =
  | { readonly ok: true; readonly headers: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly bytes: number };

export function normalizeHeaders(input: HeadersInput | undefined, maxBytes: number): HeadersRead {
  const headers = new Map<string, string>();
  if (input === undefined || input === null) return { ok: true, headers };
  let bytes = 0;
  for (const [name, raw] of entriesOf(input)) {
    const value = headerValue(raw);
    if (value === undefined) continue;
    // Characters, not UTF-8 bytes: header values are ISO-8859-1/ASCII on the wire.
    bytes += name.length + value.length;
    if (bytes > maxBytes) return { ok: false, bytes };
    const lower = name.toLowerCase();
    const previous = headers.get(lower);
    // RFC 9110 §5.3: repeated fields combine into one comma-separated list.
    headers.set(lower, previous === undefined ? value : `${previous}, ${value}`);
  }
  return { ok: true, headers };
}

function entriesOf(input: HeadersInput): Iterable<readonly [string, unknown]> {
  if (typeof (input as Iterable<unknown>)[Symbol.iterator] === "function") {
    return input as Iterable<readonly [string, string]>;
  }
  return Object.entries(input);
}

/** Strings as is; numbers/booleans (as in x-ms-examples: `"Retry-After": 10`) as their text. */
function headerValue(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") {
    return String(raw);
  }
  if (Array.isArray(raw)) {
    const parts = raw.map(headerValue).filter((v): v is string => v !== undefined);
    return parts.length ? parts.join(", ") : undefined;
  }
  return undefined;
}
