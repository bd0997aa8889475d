/**
 * The coverage walk of a passing body, compiled once per declared response: each node holds the
 * very tallies it bumps, so counting a body only reads the body. It follows the edges
 * `reachableSchemas` lists: properties (own and `allOf`-inherited), single-schema `items`, and
 * for a polymorphic schema the variant the value's discriminator names.
 */
import { target, variantFor, type SchemaNode } from "../spec/model.js";
import type { EnumTally, OptionalTally } from "./tallies.js";
import { compileVisit, type Visit } from "./visit.js";

/** The tallies of every schema, by `SchemaNode.key`. */
export interface Tallies {
  readonly enums: ReadonlyMap<string, EnumTally>;
  readonly optionalProperties: ReadonlyMap<string, OptionalTally>;
}

/** One schema: what a value described by it counts, and where its children go. */
export interface WalkNode {
  readonly schema: SchemaNode;
  readonly enumTally: EnumTally | undefined;
  readonly optional: OptionalTally | undefined;
  items: WalkNode | undefined;
  properties: readonly WalkProperty[];
  /** Polymorphic: each variant's walk (itself included). */
  variants: ReadonlyMap<SchemaNode, WalkNode> | undefined;
  /** Whether a value here, or below, can bump a tally at all; see `markCounting`. */
  counts: boolean;
  /** Counts an object's `properties`: compiled by `markCounting`, once they are final. */
  visit: Visit | undefined;
}

interface WalkProperty {
  readonly name: string;
  /**
   * The name is also one of `Object.prototype`'s (`constructor`, `toString`...): only then does
   * presence need `Object.hasOwn`; for any other name, `value[name] !== undefined` says it (a
   * parsed JSON value never holds `undefined`).
   */
  readonly inherited: boolean;
  readonly node: WalkNode;
  /** Index in the owner's optional-property tally, or -1 for a required property. */
  readonly optionalIndex: number;
}

/**
 * Compiles the walk of one body schema. `memo` is shared by every response: shared definitions
 * compile once, and recursive ones (`ErrorDetail.details`) become cycles in the graph.
 */
export function compileBodyWalk(
  use: SchemaNode,
  tallies: Tallies,
  memo: Map<SchemaNode, WalkNode>,
): WalkNode {
  const schema = target(use);
  const known = memo.get(schema);
  if (known) return known;
  const optional = tallies.optionalProperties.get(schema.key);
  const node: WalkNode = {
    schema,
    enumTally: tallies.enums.get(schema.key),
    optional,
    items: undefined,
    properties: [],
    variants: undefined,
    counts: true,
    visit: undefined,
  };
  // Registered before the children are compiled, so a recursive schema finds itself.
  memo.set(schema, node);
  if (schema.items) node.items = compileBodyWalk(schema.items, tallies, memo);
  node.properties = [...schema.shape.properties].map(([name, property]) => ({
    name,
    inherited: name in Object.prototype,
    node: compileBodyWalk(property, tallies, memo),
    optionalIndex: optional ? optional.names.indexOf(name) : -1,
  }));
  const poly = schema.polymorphism;
  if (poly) {
    node.variants = new Map(
      [...poly.variants.values()].map((v) => [v, compileBodyWalk(v, tallies, memo)]),
    );
  }
  return node;
}

/**
 * Marks the nodes under which nothing is ever counted (a string without enum, an object of such),
 * so that the walk does not descend there. A fixpoint, as the graph may have cycles. Then drops
 * the properties that would only be visited to find nothing, and compiles each node's visit.
 */
export function markCounting(nodes: Iterable<WalkNode>): void {
  const all = [...nodes];
  for (const node of all) node.counts = false;
  for (let changed = true; changed;) {
    changed = false;
    for (const node of all) {
      if (node.counts) continue;
      node.counts =
        node.enumTally !== undefined ||
        node.optional !== undefined ||
        node.variants !== undefined ||
        (node.items?.counts ?? false) ||
        node.properties.some((p) => p.node.counts);
      changed ||= node.counts;
    }
  }
  // A required property under which nothing counts needs no visit at all (`id`, `message`...).
  for (const node of all) {
    node.properties = node.properties.filter((p) => p.optionalIndex >= 0 || p.node.counts);
  }
  for (const node of all) {
    node.visit = node.properties.length > 0 ? compileVisit(node, countBody) : undefined;
  }
}

/**
 * Counts what a passing body exercised. Recursion is bounded: the body passed the depth limit.
 * Pre-order, so the first 100 unknown enum values are the first ones met.
 */
export function countBody(node: WalkNode, value: unknown): void {
  if (node.variants) node = node.variants.get(variantFor(node.schema, value)) ?? node;
  if (node.enumTally && (typeof value === "string" || typeof value === "number")) {
    // String() only for a number: for a string it is the very string, after a call.
    node.enumTally.count(typeof value === "string" ? value : String(value));
  }
  if (Array.isArray(value)) {
    const { items } = node;
    // Indexed, not `forEach`: a hole is `undefined`, which counts nothing either way.
    if (items?.counts) for (let i = 0; i < value.length; i++) countBody(items, value[i]);
    return;
  }
  if (value !== null && typeof value === "object") node.visit?.(value);
}
