import { EmulatorError } from "../errors/emulator-error.js";

/** Parses a request target; absolute-form and `*` are accepted, anything unparseable is a 400. */
export function parseRequestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? "/", "http://emulator.invalid");
  } catch {
    throw new EmulatorError("InvalidRequestTarget", 400, "The request target is not a valid URL.");
  }
}

/** The one URLSearchParams method the emulated APIs read. */
export interface QueryParameters {
  get(name: string): string | null;
}

/** What the emulated APIs read of a request target: a URL, or a `parsePlainTarget` result. */
export interface RequestTarget {
  readonly pathname: string;
  readonly searchParams: QueryParameters;
}

/**
 * A target `new URL` leaves as it is: origin-form, not `//`, and only characters it neither
 * encodes nor decodes: no `%` escapes, no `+` (a space in a query), no `'`, no fragment. Dot
 * segments are refused below.
 */
const PLAIN_TARGET =
  /^\/(?!\/)[A-Za-z0-9\-._~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$()*,;=:@/?&]*)?$/;

/**
 * The pathname and query of a plain target (what clients send), split by hand; for any other
 * target undefined, and `parseRequestUrl` is needed. For a plain target both give the same
 * pathname and the same `searchParams.get` answers.
 */
export function parsePlainTarget(target: string | undefined): RequestTarget | undefined {
  if (target === undefined || !PLAIN_TARGET.test(target) || target.includes("/.")) return undefined;
  const question = target.indexOf("?");
  return question < 0
    ? new PlainTarget(target, "")
    : new PlainTarget(target.slice(0, question), target.slice(question + 1));
}

class PlainTarget implements RequestTarget, QueryParameters {
  constructor(
    readonly pathname: string,
    private readonly query: string,
  ) {}

  get searchParams(): QueryParameters {
    return this;
  }

  /** As URLSearchParams.get: the value of the first `name` pair; a plain query needs no decoding. */
  get(name: string): string | null {
    const { query } = this;
    let start = 0;
    while (start < query.length) {
      let end = query.indexOf("&", start);
      if (end < 0) end = query.length;
      if (end > start) {
        const equals = query.indexOf("=", start);
        const nameEnd = equals < 0 || equals > end ? end : equals;
        if (nameEnd - start === name.length && query.startsWith(name, start)) {
          return nameEnd === end ? "" : query.slice(nameEnd + 1, end);
        }
      }
      start = end + 1;
    }
    return null;
  }
}
