import { ControlRequestError } from "../errors/control-errors.js";
import type { EmulatorState } from "../state.js";
import type { OperationView } from "./types.js";
import { viewOperation } from "./view.js";

/** Operations per page of `GET /_emulator/operations` without `maxpagesize`. */
export const DEFAULT_PAGE_SIZE = 100;
/** The largest `maxpagesize` accepted. */
export const MAX_PAGE_SIZE = 1000;

/** One page of the listing, Azure style: a `nextLink` to follow until there is none. */
export interface OperationPage {
  operations: OperationView[];
  nextLink?: string;
}

/**
 * The page `query` asks for (`maxpagesize`, and `skipToken` from a previous nextLink), oldest
 * operation first. A page stops at `maxpagesize` operations or before `limits.maxPageBytes` of JSON,
 * whichever comes first, so what one request costs does not grow with the store. The token is the
 * serial of the last operation listed: operations deleted or created between pages neither shift
 * nor repeat the others.
 */
export function listPage(state: EmulatorState, query: URLSearchParams): OperationPage {
  const size = pageSize(query.get("maxpagesize"));
  const after = skipToken(query.get("skipToken"));
  const budget = state.config.limits.maxPageBytes;
  const now = state.config.now();
  const operations: OperationView[] = [];
  let bytes = 0;
  let last = after;
  const withNext = (): OperationPage => {
    const next = new URLSearchParams({ maxpagesize: String(size), skipToken: String(last) });
    return { operations, nextLink: `${state.baseUrl}/_emulator/operations?${next}` };
  };
  for (const operation of state.store.after(after)) {
    if (operations.length === size) return withNext();
    const view = viewOperation(operation, state.baseUrl, now);
    // The views' own JSON plus a comma each: the page's envelope is a few bytes more.
    const cost = Buffer.byteLength(JSON.stringify(view)) + 1;
    if (operations.length > 0 && bytes + cost > budget) return withNext();
    operations.push(view);
    bytes += cost;
    last = operation.serial;
  }
  return { operations };
}

function pageSize(text: string | null): number {
  if (text === null) return DEFAULT_PAGE_SIZE;
  const size = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(size >= 1 && size <= MAX_PAGE_SIZE)) {
    throw new ControlRequestError(`maxpagesize must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

function skipToken(text: string | null): number {
  if (text === null) return 0;
  if (!/^\d{1,15}$/.test(text)) {
    throw new ControlRequestError("skipToken must be one that a nextLink of this listing gave.");
  }
  return Number(text);
}
