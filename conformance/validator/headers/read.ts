/**
 * Any header input → the values of the headers a response's checks look at, within a size
 * budget: a hostile header set (one 100 MB value, a million names, an endless iterable) is refused
 * after reading at most the budget.
 *
 * Every entry is charged, whatever it holds: its name and value as they would go on the wire,
 * plus `": "` and CRLF. So an entry that is skipped (a non-string name, an `undefined` value) still
 * costs 4 bytes, and an endless iterable of empty entries ends at the budget too. Only own
 * enumerable properties of a plain record count; values are read once each. Every name and value
 * is searched for CR, LF and NUL.
 */
import type { HeadersInput } from "../types.js";

/** `": "` and CRLF around each field on the wire. */
const ENTRY_OVERHEAD = 4;

/**
 * The headers a response is checked for, each with a slot: `Content-Type` in slot 0, then the
 * declared headers in their order. Built once per declared response.
 */
export class HeaderSlots {
  /** Lower-case name, and the spelling the spec uses, → slot. */
  private readonly byName = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, slot) => {
      this.byName.set(name.toLowerCase(), slot);
      this.byName.set(name, slot);
    });
  }

  slotOf(name: string): number | undefined {
    // The name as sent first: Node sends lower case, samples the spec's spelling.
    return this.byName.get(name) ?? this.byName.get(name.toLowerCase());
  }
}

export type HeadersRead =
  | {
      readonly ok: true;
      /** By slot (see `HeaderSlots`); repeated fields combined with ", " (RFC 9110 §5.3). */
      readonly values: readonly (string | undefined)[];
      /** Names (as sent) of fields whose name or value holds CR, LF or NUL. */
      readonly controlCharacters: readonly string[];
    }
  | { readonly ok: false; readonly bytes: number };

const NONE: readonly string[] = [];

export function readHeaders(
  input: HeadersInput | undefined,
  maxBytes: number,
  slots: HeaderSlots,
): HeadersRead {
  // The state is the result too: one object per call.
  const state: ReadState = {
    ok: true,
    bytes: 0,
    maxBytes,
    slots,
    values: new Array<string | undefined>(slots.names.length),
    controlCharacters: NONE,
  };
  if (input === undefined || input === null) return state;
  if (typeof (input as Iterable<unknown>)[Symbol.iterator] === "function") {
    for (const entry of input as Iterable<unknown>) {
      const ok = Array.isArray(entry) ? add(state, entry[0], entry[1]) : add(state, 0, 0);
      if (!ok) return { ok: false, bytes: state.bytes };
    }
  } else if (typeof input === "object") {
    const record = input as Record<string, unknown>;
    // for…in, not Object.entries: no value is read beyond the budget.
    for (const name in record) {
      if (!Object.hasOwn(record, name)) continue;
      const raw = record[name];
      // The common entry, a string, without a call; anything else through `add`.
      if (typeof raw === "string") {
        state.bytes += ENTRY_OVERHEAD + name.length + raw.length;
        if (state.bytes > state.maxBytes) return { ok: false, bytes: state.bytes };
        keep(state, name, raw);
      } else if (!add(state, name, raw)) {
        return { ok: false, bytes: state.bytes };
      }
    }
  }
  return state;
}

interface ReadState {
  readonly ok: true;
  bytes: number;
  readonly maxBytes: number;
  readonly slots: HeaderSlots;
  readonly values: (string | undefined)[];
  controlCharacters: readonly string[];
}

/** Adds one entry of any shape; false once over budget. */
function add(state: ReadState, name: unknown, raw: unknown): boolean {
  state.bytes += ENTRY_OVERHEAD;
  if (typeof name !== "string") return state.bytes <= state.maxBytes;
  state.bytes += name.length;
  if (state.bytes > state.maxBytes) return false;
  const value = headerValue(raw, state.maxBytes - state.bytes);
  if (value === OVER) return false;
  if (value === undefined) return true;
  state.bytes += value.length;
  if (state.bytes > state.maxBytes) return false;
  keep(state, name, value);
  return true;
}

/** A field within the budget: searched for control characters, kept if a slot wants it. */
function keep(state: ReadState, name: string, value: string): void {
  const slot = state.slots.slotOf(name);
  // A name found among the slots is a spec's header name, clean by construction.
  if (hasControlCharacter(value) || (slot === undefined && hasControlCharacter(name))) {
    state.controlCharacters = [...state.controlCharacters, name];
  }
  if (slot !== undefined) {
    const previous = state.values[slot];
    state.values[slot] = previous === undefined ? value : `${previous}, ${value}`;
  }
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
  if (!Array.isArray(raw)) return undefined;
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

/** CR, LF or NUL (RFC 9110 §5.5): what lets one field value smuggle in another field. */
const CONTROL = /[\r\n\0]/;

function hasControlCharacter(text: string): boolean {
  // Most header values are short: a loop costs less than a regular expression's call.
  if (text.length > 32) return CONTROL.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 14 && (c === 0x0d || c === 0x0a || c === 0x00)) return true;
  }
  return false;
}
