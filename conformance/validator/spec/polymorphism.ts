/**
 * Discriminators, read as oav reads them: a definition extends another when its `allOf` names
 * it; its discriminator value is `x-ms-discriminator-value`, else its definition name; a value of
 * a polymorphic schema is checked against the schema its discriminator property names, among the
 * schema itself and everything that extends it, directly or not; for a subtype with no subtypes
 * of its own, that is its own value only. Subtypes are looked for in every file the specs load.
 */
import type { SpecFile, SpecFiles } from "./files.js";
import type { SchemaNode } from "./model.js";
import { appendPointer, getByPointer } from "./pointer.js";
import type { NodeDraft, SchemaReader } from "./schema.js";

interface Definition {
  readonly file: SpecFile;
  readonly pointer: string;
  readonly name: string;
  readonly raw: Record<string, unknown>;
}

/**
 * Gives its `polymorphism` to every definition that has a discriminator (its own or inherited)
 * and a discriminator value to check: subtypes, or an inherited discriminator.
 */
export function addPolymorphism(reader: SchemaReader): void {
  let index = new Map<string, Definition[]>();
  let indexedFiles = -1;
  const done = new Set<NodeDraft>();
  // Building the variants may read new nodes (and files), which may be polymorphic in turn.
  for (let pending = [...reader.nodes.values()]; pending.length > 0;) {
    for (const node of pending) {
      done.add(node);
      if (node.definition === undefined || reader.refs.has(node)) continue;
      if (reader.files.all().length !== indexedFiles) {
        index = childIndex(reader.files);
        indexedFiles = reader.files.all().length;
      }
      const descendants = descendantsOf(`${node.file.path}#${node.pointer}`, index);
      const raw = getByPointer(node.file.doc, node.pointer) as Record<string, unknown>;
      // A root with a discriminator but no subtype has nothing to dispatch to: any value goes.
      // A leaf subtype does: where it is named, its discriminator must name it (oav pins it too).
      if (descendants.length === 0 && typeof raw.discriminator === "string") continue;
      const property = discriminatorOf(reader.files, node.file, raw, new Set());
      if (property === undefined) continue;
      const variants = new Map<string, SchemaNode>([[valueOf(raw, node.definition), node]]);
      for (const d of descendants) {
        const value = valueOf(d.raw, d.name);
        if (!variants.has(value)) variants.set(value, reader.node(d.file, d.pointer, d.raw));
      }
      node.polymorphism = { property, variants };
    }
    pending = [...reader.nodes.values()].filter((n) => !done.has(n));
  }
}

function valueOf(raw: Record<string, unknown>, name: string): string {
  const value = raw["x-ms-discriminator-value"];
  return typeof value === "string" ? value : name;
}

/** Own `discriminator`, else the nearest one up the `allOf` chain. */
function discriminatorOf(
  files: SpecFiles,
  file: SpecFile,
  raw: Record<string, unknown>,
  seen: Set<unknown>,
): string | undefined {
  if (typeof raw.discriminator === "string") return raw.discriminator;
  if (seen.has(raw)) return undefined;
  seen.add(raw);
  for (const parent of parentsOf(files, file, raw)) {
    const found = discriminatorOf(files, parent.file, parent.raw, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

function parentsOf(
  files: SpecFiles,
  file: SpecFile,
  raw: Record<string, unknown>,
): { file: SpecFile; id: string; raw: Record<string, unknown> }[] {
  if (!Array.isArray(raw.allOf)) return [];
  return raw.allOf.flatMap((part: unknown) => {
    const ref = (part as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string") return [];
    const named = files.resolve(file, ref, "", true);
    if (!named || named.value === null || typeof named.value !== "object") return [];
    const id = `${named.file.path}#${named.pointer}`;
    return [{ file: named.file, id, raw: named.value as Record<string, unknown> }];
  });
}

/** Parent (`<path>#<pointer>`) → the definitions whose `allOf` names it. */
function childIndex(files: SpecFiles): Map<string, Definition[]> {
  const index = new Map<string, Definition[]>();
  for (const file of files.all()) {
    const definitions = (file.doc as { definitions?: unknown } | null)?.definitions;
    if (definitions === null || typeof definitions !== "object") continue;
    for (const [name, raw] of Object.entries(definitions)) {
      if (raw === null || typeof raw !== "object") continue;
      const pointer = appendPointer("/definitions", name);
      const definition = { file, pointer, name, raw: raw as Record<string, unknown> };
      for (const parent of parentsOf(files, file, definition.raw)) {
        index.set(parent.id, [...(index.get(parent.id) ?? []), definition]);
      }
    }
  }
  return index;
}

function descendantsOf(id: string, index: ReadonlyMap<string, Definition[]>): Definition[] {
  const out: Definition[] = [];
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const child of index.get(queue.shift()!) ?? []) {
      const childId = `${child.file.path}#${child.pointer}`;
      if (seen.has(childId)) continue;
      seen.add(childId);
      out.push(child);
      queue.push(childId);
    }
  }
  return out;
}
