import { inputModelName, outputModelName } from "../naming.js";
import type { TypeRef } from "../model/types.js";

export type Side = "input" | "output";

/** TypeScript text for a TypeRef, following @autorest/typescript's primitive mapping. */
export function typeText(t: TypeRef, side: Side): string {
  switch (t.kind) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "unknown":
      return "unknown";
    case "anyObject":
      return "Record<string, unknown>";
    case "datetime":
      return side === "output" ? "string" : "Date | string";
    case "binary":
      return side === "output"
        ? "Uint8Array"
        : "string | Uint8Array | ReadableStream<Uint8Array> | NodeJS.ReadableStream";
    case "constant":
      return JSON.stringify(t.value);
    case "enum":
      // Extensible enums accept values the spec does not list yet; the known ones are documented.
      return t.extensible ? enumBase(t.values) : t.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array":
      return `Array<${elementText(t, side)}>`;
    case "dictionary":
      return `Record<string, ${elementText(t, side)}>`;
    case "model":
      return side === "output" ? outputModelName(t.name) : inputModelName(t.name);
    case "union":
      return [...new Set(t.members.map((m) => typeText(m, side)))].join(" | ");
  }
}

function elementText(t: { element: TypeRef; nullableElement?: boolean }, side: Side): string {
  return `${typeText(t.element, side)}${t.nullableElement ? " | null" : ""}`;
}

/** The primitive an extensible enum's values share (`number` for `[10, 20]`). */
function enumBase(values: ReadonlyArray<string | number | boolean>): string {
  const kinds = [...new Set(values.map((v) => typeof v))];
  return kinds.length === 1 && kinds[0] !== "string" ? kinds[0]! : "string";
}

/** Known values of an extensible enum (possibly nested in arrays), for documentation. */
export function extensibleValues(t: TypeRef): ReadonlyArray<string | number | boolean> | undefined {
  if (t.kind === "enum" && t.extensible) return t.values;
  if (t.kind === "array" || t.kind === "dictionary") return extensibleValues(t.element);
  if (t.kind === "union") return t.members.map(extensibleValues).find((v) => v !== undefined);
  return undefined;
}

/** Names of models a type refers to, for import lists. */
export function modelRefs(t: TypeRef | undefined, side: Side, into: Set<string>): Set<string> {
  if (!t) return into;
  if (t.kind === "model")
    into.add(side === "output" ? outputModelName(t.name) : inputModelName(t.name));
  if (t.kind === "array" || t.kind === "dictionary") modelRefs(t.element, side, into);
  if (t.kind === "union") for (const m of t.members) modelRefs(m, side, into);
  return into;
}

/** A property key: bare when it is an identifier, quoted otherwise (e.g. "x-ms-client-id"). */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

export function importLine(names: Iterable<string>, from: string): string {
  const sorted = [...new Set(names)].sort();
  return sorted.length ? `import type { ${sorted.join(", ")} } from "${from}";\n` : "";
}
