/**
 * The coverage walk of a passing body, compiled once per declared response. `walkValue` resolves
 * `$ref`s, rebuilds object shapes and formats JSON pointers at every value it visits: on a small
 * status body that was two thirds of a whole `validateResponse`. Here the schema graph is resolved
 * when coverage is declared, and each node holds the very counter records it bumps, so counting a
 * body only reads the body.
 *
 * It counts exactly what a `walkValue` visit would: the same edges (properties, own and
 * `allOf`-inherited, and single-schema `items`), in the same order, looked up under the same
 * `<spec file>#<pointer>` keys.
 */
import type { OpenAPIV2 } from "openapi-types";
import type { SpecDocument } from "./spec/model.js";
import { appendPointer } from "./spec/pointer.js";
import { objectShape, resolveSchema } from "./spec/resolve.js";

/** The mutable counter records of a coverage report that a body walk bumps. */
export interface BodyCounters {
  readonly enums: Record<string, EnumCounts>;
  readonly optionalProperties: Record<string, Record<string, number>>;
}

export interface EnumCounts {
  readonly values: Record<string, number>;
  readonly unknownValues: Record<string, number>;
}

/** One resolved schema: what a value described by it counts, and where its children go. */
export interface WalkNode {
  enumCounts: EnumCounts | undefined;
  items: WalkNode | undefined;
  properties: readonly WalkProperty[];
}

interface WalkProperty {
  readonly name: string;
  readonly node: WalkNode;
  /** The owner's optional-property counts, when this property is one of them. */
  readonly optionalCounts: Record<string, number> | undefined;
}

/** Bounds memory when a service (or a fuzzer) sends endless new values of an extensible enum. */
const MAX_UNKNOWN_ENUM_VALUES = 100;

/**
 * Compiles the walk of one body schema. `memo` (resolved pointer → node) is shared by the
 * responses of one spec document: shared definitions compile once, and recursive ones
 * (`ErrorDetail.details`) become cycles in the graph instead of endless recursion.
 */
export function compileBodyWalk(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  schemaPointer: string,
  counters: BodyCounters,
  memo: Map<string, WalkNode>,
): WalkNode {
  const resolved = resolveSchema(spec, schema, schemaPointer);
  const known = memo.get(resolved.pointer);
  if (known) return known;
  const key = `${spec.name}#${resolved.pointer}`;
  const node: WalkNode = { enumCounts: counters.enums[key], items: undefined, properties: [] };
  // Registered before the children are compiled, so a recursive schema finds itself.
  memo.set(resolved.pointer, node);

  const { items } = resolved.schema;
  if (items && !Array.isArray(items)) {
    const itemsPointer = appendPointer(resolved.pointer, "items");
    node.items = compileBodyWalk(spec, items, itemsPointer, counters, memo);
  }
  const shape = objectShape(spec, resolved);
  const optional = counters.optionalProperties[key];
  node.properties = [...shape.properties].map(([name, prop]) => ({
    name,
    node: compileBodyWalk(spec, prop.schema, prop.pointer, counters, memo),
    optionalCounts:
      !shape.required.has(name) && optional && Object.hasOwn(optional, name) ? optional : undefined,
  }));
  return node;
}

/**
 * Counts what a passing body exercised. Recursion is bounded: the body passed the depth limit.
 * Pre-order, as `walkValue`, so the first 100 unknown enum values are the same ones.
 */
export function countBody(node: WalkNode, value: unknown): void {
  if (node.enumCounts && (typeof value === "string" || typeof value === "number")) {
    countEnumValue(node.enumCounts, String(value));
  }
  if (Array.isArray(value)) {
    const { items } = node;
    // Indexed, not `forEach`: a hole is `undefined`, which counts nothing either way.
    if (items) for (let i = 0; i < value.length; i++) countBody(items, value[i]);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const property of node.properties) {
    if (!Object.hasOwn(value, property.name)) continue;
    if (property.optionalCounts) bump(property.optionalCounts, property.name);
    countBody(property.node, (value as Record<string, unknown>)[property.name]);
  }
}

function countEnumValue(counts: EnumCounts, key: string): void {
  if (Object.hasOwn(counts.values, key)) bump(counts.values, key);
  else if (
    Object.hasOwn(counts.unknownValues, key) ||
    Object.keys(counts.unknownValues).length < MAX_UNKNOWN_ENUM_VALUES
  ) {
    bump(counts.unknownValues, key);
  }
}

export function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
