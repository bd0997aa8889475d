/**
 * Any header input → one lower-cased map, within a size budget: a hostile header set (one 100 MB
 * value, a million names, an endless iterable) is refused after reading at most the budget.
 *
 * Every entry is charged, whatever it holds: its name and value as they would go on the wire,
 * plus `": "` and CRLF. So an entry that is skipped (a non-string name, an `undefined` value) still
 * costs 4 bytes, and an endless iterable of empty entries ends at the budget too. Only own
 * enumerable properties of a plain record count; values are read once each.
 */
import type { HeadersInput } from "../types.js";

/** `": "` and CRLF around each field on the wire. */
const ENTRY_OVERHEAD = 4;

export type HeadersRead =
  | {
      readonly ok: true;
      readonly headers: ReadonlyMap<string, string>;
      /** Names (as sent) of fields whose name or value holds CR, LF or NUL. */
      readonly controlCharacters: readonly string[];
    }
  | { readonly ok: false; readonly bytes: number };

const NONE: readonly string[] = [];

export function readHeaders(input: HeadersInput | undefined, maxBytes: number): HeadersRead {
  const headers = new Map<string, string>();
  let controlCharacters = NONE;
  let bytes = 0;
  const add = (name: unknown, raw: unknown): boolean => {
    bytes += ENTRY_OVERHEAD;
    if (typeof name !== "string") return bytes <= maxBytes;
    bytes += name.length;
    if (bytes > maxBytes) return false;
    const value = headerValue(raw, maxBytes - bytes);
    if (value === OVER) return false;
    if (value === undefined) return true;
    bytes += value.length;
    if (bytes > maxBytes) return false;
    if (hasControlCharacter(value) || hasControlCharacter(name)) {
      controlCharacters = [...controlCharacters, name];
    }
    const lower = name.toLowerCase();
    const previous = headers.get(lower);
    // RFC 9110 §5.3: repeated fields combine into one comma-separated list.
    headers.set(lower, previous === undefined ? value : `${previous}, ${value}`);
    return true;
  };
  if (input === undefined || input === null) return { ok: true, headers, controlCharacters };
  if (typeof (input as Iterable<unknown>)[Symbol.iterator] === "function") {
    for (const entry of input as Iterable<unknown>) {
      const ok = Array.isArray(entry) ? add(entry[0], entry[1]) : add(undefined, undefined);
      if (!ok) return { ok: false, bytes };
    }
  } else if (typeof input === "object") {
    // for…in, not Object.entries: it reads no value beyond the budget.
    for (const name in input) {
      if (!Object.hasOwn(input, name)) continue;
      if (!add(name, (input as Record<string, unknown>)[name])) return { ok: false, bytes };
    }
  }
  return { ok: true, headers, controlCharacters };
}

/** An array value that went over the budget before it was all read. */
const OVER = Symbol("over budget");

/**
 * Strings as is; numbers/booleans (as in x-ms-examples: `"Retry-After": 10`) as their text; an
 * array (Node's `set-cookie`) joined, its parts read within `budget`. Anything else is no value.
 */
function headerValue(raw: unknown, budget: number): string | undefined | typeof OVER {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") {
    return String(raw);
  }
  if (Array.isArray(raw)) {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; i < raw.length; i++) {
      const part = headerValue(raw[i], budget - size);
      size += ENTRY_OVERHEAD;
      if (part === OVER || size > budget) return OVER;
      if (part === undefined) continue;
      size += part.length;
      parts.push(part);
    }
    return parts.length ? parts.join(", ") : undefined;
  }
  return undefined;
}

/** CR, LF or NUL (RFC 9110 §5.5): what lets one field value smuggle in another field. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x0a || c === 0x00) return true;
  }
  return false;
}
