import { routeKey, routePattern } from "../naming.js";
import type { ClientModel, GeneratedFile, Operation } from "../model/types.js";
import { withHeader } from "./header.js";
import { propertyKey } from "./typeText.js";

interface PageShape {
  itemName: string;
  nextLinkName?: string;
}

const shapeOf = (op: Operation): PageShape => op.paging!;
const sameShape = (a: PageShape, b: PageShape): boolean =>
  a.itemName === b.itemName && a.nextLinkName === b.nextLinkName;

/**
 * How paginate() finds a page's items and next link. One shape for every pageable operation:
 * constants. Several: a table by route, matched against the first response's request.
 */
function pageShapeSource(ops: Operation[]): string {
  const shapes = ops.map(shapeOf);
  const first = shapes[0]!;
  if (shapes.every((s) => sameShape(s, first))) {
    return `function getPageShape(_initialResponse: PathUncheckedResponse): PageShape {
  return ${JSON.stringify(first)};
}
`;
  }
  const rows = ops
    .map(
      (op) =>
        `  // ${routeKey(op)}\n  [${JSON.stringify(op.method.toUpperCase())}, ${routePattern(op.path)}, ${JSON.stringify(shapeOf(op))}],\n`,
    )
    .join("");
  return `/** Each pageable operation's page shape, from its \`x-ms-pageable\`. */
const pageShapes: Array<[string, RegExp, PageShape]> = [
${rows}];

function getPageShape(initialResponse: PathUncheckedResponse): PageShape {
  const { method, url } = initialResponse.request;
  const path = new URL(url).pathname;
  const found = pageShapes.find(([m, route]) => m === method && route.test(path));
  if (!found) {
    throw new Error(\`\${method} \${path} is not a pageable operation of this client\`);
  }
  return found[2];
}
`;
}

function paginateReturn(ops: Operation[]): string {
  const names = [...new Set(ops.map((op) => op.paging!.itemName))].sort();
  const patterns = names.map((n) => `{ body: { ${propertyKey(n)}?: infer TPage } }`).join("\n  | ");
  return `/**
 * The type of the items of a page, inferred from the response type through the \`itemName\`
 * of the spec's \`x-ms-pageable\` operations (${names.map((n) => `\`${n}\``).join(", ")}).
 */
export type PaginateReturn<TResult> = TResult extends
  | ${patterns}
  ? GetArrayType<TPage>
  : Array<unknown>;
`;
}

const RUNTIME = `
/**
 * Helper to paginate results from an initial response that follows the specification of the
 * AutoRest \`x-ms-pageable\` extension.
 * @param client - Client to use for sending the next page requests
 * @param initialResponse - Initial response containing the nextLink and current page of elements
 * @param options - Optional: how to get a page and the link to the next one
 * @returns - PagedAsyncIterableIterator to iterate the elements
 */
export function paginate<TResponse extends PathUncheckedResponse>(
  client: Client,
  initialResponse: TResponse,
  options: PagingOptions<TResponse> = {},
): PagedAsyncIterableIterator<PaginateReturn<TResponse>> {
  type TElement = PaginateReturn<TResponse>;
  const { itemName, nextLinkName } = getPageShape(initialResponse);
  const getPage: GetPage<TElement[]> =
    options.customGetPage ??
    (async (pageLink: string) => {
      // The first page is the initial response; a continuation token is a next link.
      const result = pageLink ? await client.pathUnchecked(pageLink).get() : initialResponse;
      checkPagingRequest(result);
      return {
        page: getElements<TElement>(result.body, itemName),
        nextPageLink: getNextLink(result.body, nextLinkName),
      };
    });
  return getPagedAsyncIterator(getPage);
}

function getPagedAsyncIterator<TElement>(
  getPage: GetPage<TElement[]>,
): PagedAsyncIterableIterator<TElement> {
  const pages = (settings?: PageSettings): AsyncIterableIterator<TElement[]> =>
    getPageAsyncIterator(getPage, settings?.continuationToken);
  const items = getItemAsyncIterator(pages());
  return {
    next: () => items.next(),
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pages,
  };
}

async function* getItemAsyncIterator<TElement>(
  pages: AsyncIterableIterator<TElement[]>,
): AsyncIterableIterator<TElement> {
  for await (const page of pages) yield* page;
}

async function* getPageAsyncIterator<TPage>(
  getPage: GetPage<TPage>,
  pageLink = "",
): AsyncIterableIterator<TPage> {
  let response = await getPage(pageLink);
  yield response.page;
  while (response.nextPageLink) {
    response = await getPage(response.nextPageLink);
    yield response.page;
  }
}

/** The next link of a page; absent (or null) on the last one. */
function getNextLink(body: unknown, nextLinkName: string | undefined): string | undefined {
  if (!nextLinkName) return undefined;
  const nextLink = (body as Record<string, unknown>)[nextLinkName];
  if (nextLink === undefined || nextLink === null) return undefined;
  if (typeof nextLink !== "string") {
    throw new Error(\`Body Property \${nextLinkName} should be a string or undefined\`);
  }
  return nextLink;
}

/** The items of a page: x-ms-pageable says they are an array under itemName. */
function getElements<T>(body: unknown, itemName: string): T[] {
  const value = (body as Record<string, unknown>)[itemName];
  if (!Array.isArray(value)) {
    throw new Error(
      \`Couldn't paginate response\\n Body doesn't contain an array property with name: \${itemName}\`,
    );
  }
  return value as T[];
}

/** A page request that failed ends the iteration with a RestError. */
function checkPagingRequest(response: PathUncheckedResponse): void {
  if (!/^2\\d\\d$/.test(response.status)) {
    throw createRestError(
      \`Pagination failed with unexpected statusCode \${response.status}\`,
      response,
    );
  }
}
`;

const TYPES = `/**
 * An interface that tracks the settings for paged iteration
 */
export interface PageSettings {
  /**
   * The token that keeps track of where to continue the iterator
   */
  continuationToken?: string;
}

/**
 * An interface that allows async iterable iteration both to completion and by page.
 */
export interface PagedAsyncIterableIterator<
  TElement,
  TPage = TElement[],
  TPageSettings = PageSettings,
> {
  /**
   * The next method, part of the iteration protocol
   */
  next(): Promise<IteratorResult<TElement>>;
  /**
   * The connection to the async iterator, part of the iteration protocol
   */
  [Symbol.asyncIterator](): PagedAsyncIterableIterator<TElement, TPage, TPageSettings>;
  /**
   * Return an AsyncIterableIterator that works a page at a time
   */
  byPage: (settings?: TPageSettings) => AsyncIterableIterator<TPage>;
}

/**
 * Helper type to extract the type of an array
 */
export type GetArrayType<T> = T extends Array<infer TData> ? TData : never;

/**
 * The type of a custom function that defines how to get a page and a link to the next one if any.
 */
export type GetPage<TPage> = (pageLink: string) => Promise<{
  page: TPage;
  nextPageLink?: string;
}>;

/**
 * Options for the paging helper
 */
export interface PagingOptions<TResponse> {
  /**
   * Custom function to extract pagination details for crating the PagedAsyncIterableIterator
   */
  customGetPage?: GetPage<PaginateReturn<TResponse>[]>;
}

/** Where a page keeps its items and the link to the next page. */
interface PageShape {
  itemName: string;
  nextLinkName?: string;
}
`;

/** `paginateHelper.ts`: `paginate`, when an operation is `x-ms-pageable`. */
export function buildPaginateHelper(model: ClientModel): GeneratedFile | undefined {
  const ops = model.operations.filter((op) => op.paging);
  if (!ops.length) return undefined;
  const imports = `import {
  createRestError,
  type Client,
  type PathUncheckedResponse,
} from "@azure-rest/core-client";
`;
  return {
    path: "paginateHelper.ts",
    content: withHeader(
      `${imports}\n${TYPES}\n${paginateReturn(ops)}\n${pageShapeSource(ops)}${RUNTIME}`,
    ),
  };
}
