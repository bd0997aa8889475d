/**
 * The property visit of one node of the coverage walk, compiled to JavaScript once per node (as
 * ajv compiles a schema). `value["status"]`, the name written in, is a load V8 caches for the
 * shape the parsed bodies have; `value[property.name]` in one loop shared by every schema sees
 * every name and falls back to a generic lookup each time, which made the walk a sixth of a
 * passing response's time. The code does what that loop did, property by property, in order.
 */
import type { WalkNode } from "./walk.js";

/** Counts the properties of an object value (not null, not an array) described by the node. */
export type Visit = (value: object) => void;

export function compileVisit(
  node: WalkNode,
  countBody: (node: WalkNode, value: unknown) => void,
): Visit {
  const steps = node.properties.map((property, i) => {
    // A JSON string is a JavaScript string literal: any name is safe to write in.
    const name = JSON.stringify(property.name);
    // Only a name `Object.prototype` also has needs the own check (see `WalkProperty`).
    const present = property.inherited
      ? `child !== undefined && hasOwn(value, ${name})`
      : "child !== undefined";
    const count = property.optionalIndex >= 0 ? `optional[${property.optionalIndex}]++;` : "";
    return `child = value[${name}];\nif (${present}) { ${count} ${descend(property.node, i)} }`;
  });
  const source = `return function visit(value) {\nlet child;\n${steps.join("\n")}\n};`;
  const factory = new Function("countBody", "optional", "nodes", "hasOwn", source) as (
    ...args: unknown[]
  ) => Visit;
  return factory(
    countBody,
    node.optional?.counts,
    node.properties.map((p) => p.node),
    Object.hasOwn,
  );
}

/**
 * What `countBody(nodes[i], child)` does. For a node that only tallies an enum (no variants, no
 * counting items or properties: `LroStatus`), that is written in, without the call.
 */
function descend(child: WalkNode, i: number): string {
  if (!child.counts) return "";
  const leaf = !child.variants && !child.items?.counts && child.properties.length === 0;
  if (!leaf || !child.enumTally) return `countBody(nodes[${i}], child);`;
  const tally = `nodes[${i}].enumTally`;
  return `if (typeof child === "string") ${tally}.count(child); else if (typeof child === "number") ${tally}.count(String(child));`;
}
