/** RFC 6901 JSON pointers: the one addressing scheme used in violations, coverage and refs. */

export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(String(token))}`;
}

/** The reference tokens of a pointer, unescaped; `undefined` when it is not one. */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map(unescapeToken);
}

/** Value at `pointer` in `root`, or `undefined`. Only own properties are followed. */
export function getByPointer(root: unknown, pointer: string): unknown {
  const tokens = pointerTokens(pointer);
  return tokens ? getByTokens(root, tokens) : undefined;
}

export function getByTokens(root: unknown, tokens: readonly string[]): unknown {
  let node: unknown = root;
  for (const token of tokens) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
