/**
 * `Content-Type` against the operation's `produces`. Compared as media types (RFC 9110 §8.3.1):
 * type/subtype case-insensitively, parameters such as `charset=utf-8` ignored.
 */

export function mediaType(value: string): string {
  const end = value.indexOf(";");
  return (end === -1 ? value : value.slice(0, end)).trim().toLowerCase();
}

/** `undefined` when acceptable; otherwise why not. */
export type ContentTypeCheck = (header: string | undefined) => string | undefined;

/** Built once per operation: `produces` is normalised here, not on every response. */
export function contentTypeCheck(produces: readonly string[]): ContentTypeCheck {
  if (produces.length === 0) return () => undefined;
  const allowed = produces.map(mediaType);
  const anything = allowed.includes("*/*");
  return (header) => {
    if (header === undefined) {
      return `Content-Type is missing; the operation produces ${allowed.join(", ")}`;
    }
    const actual = mediaType(header);
    if (anything || allowed.includes(actual)) return undefined;
    return `Content-Type ${JSON.stringify(actual)} is not among ${allowed.join(", ")}`;
  };
}

/** `undefined` when acceptable; otherwise why not. */
export function contentTypeProblem(
  header: string | undefined,
  produces: readonly string[],
): string | undefined {
  return contentTypeCheck(produces)(header);
}
