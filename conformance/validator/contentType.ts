/**
 * `Content-Type` against the operation's `produces`. Compared as media types (RFC 9110 §8.3.1):
 * type/subtype case-insensitively, parameters such as `charset=utf-8` ignored.
 */

export function mediaType(value: string): string {
  return (value.split(";")[0] ?? "").trim().toLowerCase();
}

/** `undefined` when acceptable; otherwise why not. */
export function contentTypeProblem(
  header: string | undefined,
  produces: readonly string[],
): string | undefined {
  if (produces.length === 0) return undefined;
  const allowed = produces.map(mediaType);
  if (header === undefined) {
    return `Content-Type is missing; the operation produces ${allowed.join(", ")}`;
  }
  const actual = mediaType(header);
  if (allowed.includes(actual) || allowed.includes("*/*")) return undefined;
  return `Content-Type ${JSON.stringify(actual)} is not among ${allowed.join(", ")}`;
}
