/** Copy-on-write edits of a JSON value at a JSON pointer; the input is never modified. */
import { unescapeToken } from "../validator/spec/pointer.js";

function tokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeToken);
}

export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  return edit(
    root,
    tokens(pointer),
    (parent, key) => {
      (parent as Record<string, unknown>)[key] = value;
    },
    value,
  );
}

export function deleteAt(root: unknown, pointer: string): unknown {
  return edit(
    root,
    tokens(pointer),
    (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
    },
    undefined,
  );
}

function edit(
  root: unknown,
  path: string[],
  apply: (parent: object, key: string) => void,
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root);
  let parent = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  apply(parent, path[path.length - 1]!);
  return copy;
}
