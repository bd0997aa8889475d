/**
 * Nesting limits, checked without recursion so that the check itself cannot overflow the stack.
 */

/**
 * Deepest `{`/`[` nesting of a JSON text, stopping as soon as it exceeds `max` (so a 10 MB text
 * of `[` costs `max` steps). Brackets inside strings do not count. Returns `max + 1` when over.
 */
export function textDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

export type ValueShapeProblem = "maxDepth" | "maxNodes" | undefined;

/**
 * For a body handed over already parsed: deeper than `maxDepth` (a cycle counts as infinitely
 * deep), or more than `maxNodes` values in all (a shared sub-object counts once per reference,
 * as ajv visits it that often: a small DAG can stand for billions of values).
 */
export function valueShapeProblem(
  value: unknown,
  maxDepth: number,
  maxNodes: number,
): ValueShapeProblem {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > maxNodes) return "maxNodes";
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > maxDepth) return "maxDepth";
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
      else if (++nodes > maxNodes) return "maxNodes";
    }
  }
  return undefined;
}
