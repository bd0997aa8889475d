/**
 * The coverage walk of a passing body, compiled once per declared response: each node holds the
 * very counter records it bumps, so counting a body only reads the body. It follows the edges
 * `reachableSchemas` lists, in the same order: properties (own and `allOf`-inherited), single-schema
 * `items`, and for a polymorphic schema the variant the value's discriminator names.
 */
import { target, variantFor, type SchemaNode } from "../spec/model.js";

/** The mutable counter records of a coverage report that a body walk bumps. */
export interface BodyCounters {
  readonly enums: Record<string, EnumCounts>;
  readonly optionalProperties: Record<string, Record<string, number>>;
}

export interface EnumCounts {
  readonly values: Record<string, number>;
  readonly unknownValues: Record<string, number>;
}

/** One schema: what a value described by it counts, and where its children go. */
export interface WalkNode {
  readonly schema: SchemaNode;
  enumCounts: EnumCounts | undefined;
  items: WalkNode | undefined;
  properties: readonly WalkProperty[];
  /** Polymorphic: each variant's walk (itself included). */
  variants: ReadonlyMap<SchemaNode, WalkNode> | undefined;
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
 * Compiles the walk of one body schema. `memo` is shared by every response: shared definitions
 * compile once, and recursive ones (`ErrorDetail.details`) become cycles in the graph.
 */
export function compileBodyWalk(
  use: SchemaNode,
  counters: BodyCounters,
  memo: Map<SchemaNode, WalkNode>,
): WalkNode {
  const schema = target(use);
  const known = memo.get(schema);
  if (known) return known;
  const node: WalkNode = {
    schema,
    enumCounts: counters.enums[schema.key],
    items: undefined,
    properties: [],
    variants: undefined,
  };
  // Registered before the children are compiled, so a recursive schema finds itself.
  memo.set(schema, node);
  if (schema.items) node.items = compileBodyWalk(schema.items, counters, memo);
  const optional = counters.optionalProperties[schema.key];
  node.properties = [...schema.shape.properties].map(([name, property]) => ({
    name,
    node: compileBodyWalk(property, counters, memo),
    optionalCounts:
      !schema.shape.required.has(name) && optional && Object.hasOwn(optional, name)
        ? optional
        : undefined,
  }));
  const poly = schema.polymorphism;
  if (poly) {
    node.variants = new Map(
      [...poly.variants.values()].map((variant) => [
        variant,
        compileBodyWalk(variant, counters, memo),
      ]),
    );
  }
  return node;
}

/**
 * Counts what a passing body exercised. Recursion is bounded: the body passed the depth limit.
 * Pre-order, so the first 100 unknown enum values are the first ones met.
 */
export function countBody(node: WalkNode, value: unknown): void {
  if (node.variants) node = node.variants.get(variantFor(node.schema, value)) ?? node;
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
