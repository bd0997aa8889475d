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
 *
 * It runs on every response, so it allocates nothing when the headers are clean: the values go
 * into a `HeadersRead` the caller reuses, names are compared as interned strings.
 */
import { interned } from "../interned.js";
import type { HeadersInput } from "../types.js";

/**
 * Not `Object.hasOwn`: V8 knows this one inside for…in, where a record with ordinary properties
 * then needs no lookup at all (half the cost of a two-header record's loop).
 */
const { hasOwnProperty } = Object.prototype;

/** `": "` and CRLF around each field on the wire. */
const ENTRY_OVERHEAD = 4;

/**
 * The headers a response is checked for, each with a slot: `Content-Type` in slot 0, then the
 * declared headers in their order. Built once per declared response.
 */
export class HeaderSlots {
  /** Every spelling looked up as is (lower case, and the spec's), interned, with its slot. */
  private readonly spellings: string[] = [];
  private readonly spellingSlots: number[] = [];

  /** Values a field often holds that have no CR, LF or NUL: such a field is not searched. */
  private readonly clean: readonly string[];

  /** @param clean the values a field often holds: the operation's `produces` */
  constructor(
    readonly names: readonly string[],
    clean: readonly string[] = [],
  ) {
    this.clean = clean.filter((value) => !hasControlCharacter(value)).map(interned);
    // Names are case-insensitive: every spelling of a name reads into the first slot that has it
    // (a response that declares `Content-Type` shares slot 0), and later slots get a copy.
    const firstSlot = new Map<string, number>();
    const bySpelling = new Map<string, number>();
    const twins: number[] = [];
    names.forEach((name, slot) => {
      const lower = name.toLowerCase();
      const first = firstSlot.get(lower);
      if (first === undefined) firstSlot.set(lower, slot);
      else twins.push(slot, first);
      bySpelling.set(lower, first ?? slot);
      bySpelling.set(name, first ?? slot);
    });
    for (const [spelling, slot] of bySpelling) {
      this.spellings.push(interned(spelling));
      this.spellingSlots.push(slot);
    }
    this.twins = twins.length > 0 ? twins : undefined;
  }

  /** Pairs (slot, the first slot of its name), flat; undefined when every name is distinct. */
  readonly twins: readonly number[] | undefined;

  /** The slot of a field, or -1. */
  slotOf(name: string): number {
    // The name as sent first: Node sends lower case, samples the spec's spelling.
    const slot = this.find(name);
    if (slot !== -1) return slot;
    // V8 hands back the very string when nothing changes: then there is nothing more to find.
    const lower = name.toLowerCase();
    return lower === name ? -1 : this.find(lower);
  }

  /** Whether `value` is one of the values known to be clean. */
  isClean(value: string): boolean {
    for (let i = 0; i < this.clean.length; i++) if (value === this.clean[i]) return true;
    return false;
  }

  /**
   * A few slots: a scan beats a map, as a name that is a property key is interned too and `===`
   * of two interned strings compares pointers.
   */
  private find(name: string): number {
    const { spellings } = this;
    for (let i = 0; i < spellings.length; i++) {
      if (spellings[i] === name) return this.spellingSlots[i]!;
    }
    return -1;
  }
}

/**
 * What `readHeaders` fills. The validator keeps one per declared response and reuses it, so that
 * a response allocates nothing here; read it before the next call.
 */
export class HeadersRead {
  /** False when over budget: then `values` must not be read. */
  ok = true;
  bytes = 0;
  /** By slot (see `HeaderSlots`); repeated fields combined with ", " (RFC 9110 §5.3). */
  readonly values: (string | undefined)[];
  /** Names (as sent) of fields whose name or value holds CR, LF or NUL; undefined when none. */
  controlCharacters: string[] | undefined = undefined;

  constructor(readonly slots: HeaderSlots) {
    this.values = slots.names.map(() => undefined);
  }
}

/** Reads `input` into `into` (cleared first) and returns it. */
export function readHeaders(
  input: HeadersInput | undefined,
  maxBytes: number,
  into: HeadersRead,
): HeadersRead {
  into.ok = true;
  into.bytes = 0;
  into.controlCharacters = undefined;
  const { values } = into;
  for (let i = 0; i < values.length; i++) values[i] = undefined;
  if (input === undefined || input === null) return into;
  if (typeof (input as Iterable<unknown>)[Symbol.iterator] === "function") {
    readEntries(input as Iterable<unknown>, maxBytes, into);
  } else if (typeof input === "object") {
    readRecord(input as Record<string, unknown>, maxBytes, into);
  }
  const { twins } = into.slots;
  if (twins !== undefined) {
    for (let i = 0; i < twins.length; i += 2) values[twins[i]!] = values[twins[i + 1]!];
  }
  return into;
}

/**
 * A plain record, what nearly every caller passes: kept small, apart from the iterable path, so
 * that V8 inlines the lookups of a string field into it.
 */
function readRecord(
  record: Record<string, unknown>,
  maxBytes: number,
  into: HeadersRead,
): HeadersRead {
  // for…in, not Object.entries: no value is read beyond the budget, and nothing is allocated.
  for (const name in record) {
    if (!hasOwnProperty.call(record, name)) continue;
    const raw = record[name];
    // The common entry, a string, without a call; anything else through `add`.
    if (typeof raw === "string") {
      into.bytes += ENTRY_OVERHEAD + name.length + raw.length;
      if (into.bytes > maxBytes) return over(into);
      keep(into, name, raw);
    } else if (!add(into, maxBytes, name, raw)) {
      return over(into);
    }
  }
  return into;
}

/** Entries of an iterable (a `Headers`, a `Map`, an array of pairs); the budget ends an endless one. */
function readEntries(input: Iterable<unknown>, maxBytes: number, into: HeadersRead): HeadersRead {
  for (const entry of input) {
    const ok = Array.isArray(entry)
      ? add(into, maxBytes, entry[0], entry[1])
      : add(into, maxBytes, 0, 0);
    if (!ok) return over(into);
  }
  return into;
}

function over(read: HeadersRead): HeadersRead {
  read.ok = false;
  return read;
}

/** Adds one entry of any shape; false once over budget. */
function add(read: HeadersRead, maxBytes: number, name: unknown, raw: unknown): boolean {
  read.bytes += ENTRY_OVERHEAD;
  if (typeof name !== "string") return read.bytes <= maxBytes;
  read.bytes += name.length;
  if (read.bytes > maxBytes) return false;
  const value = headerValue(raw, maxBytes - read.bytes);
  if (value === OVER) return false;
  if (value === undefined) return true;
  read.bytes += value.length;
  if (read.bytes > maxBytes) return false;
  keep(read, name, value);
  return true;
}

/** A field within the budget: searched for control characters, kept if a slot wants it. */
function keep(read: HeadersRead, name: string, value: string): void {
  const { slots } = read;
  const slot = slots.slotOf(name);
  if (slot === -1) {
    if (hasControlCharacter(value) || hasControlCharacter(name)) flag(read, name);
    return;
  }
  // A name found among the slots is a spec's header name, clean by construction.
  if (!slots.isClean(value) && hasControlCharacter(value)) flag(read, name);
  const previous = read.values[slot];
  read.values[slot] = previous === undefined ? value : `${previous}, ${value}`;
}

function flag(read: HeadersRead, name: string): void {
  if (read.controlCharacters === undefined) read.controlCharacters = [name];
  else read.controlCharacters.push(name);
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

/**
 * CR, LF or NUL (RFC 9110 §5.5): what lets one field value smuggle in another field. A short text
 * is read character by character; from about ten characters on, three native searches (each a
 * memchr) cost less than the loop, whose every `charCodeAt` re-checks the string's layout.
 */
function hasControlCharacter(text: string): boolean {
  if (text.length > 10) {
    return text.indexOf("\r") !== -1 || text.indexOf("\n") !== -1 || text.indexOf("\0") !== -1;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 14 && (c === 0x0d || c === 0x0a || c === 0x00)) return true;
  }
  return false;
}
