import { target, type SchemaNode } from "../spec/model.js";

/**
 * Every schema reachable from `use` (through properties, own and inherited, `items`,
 * `additionalProperties` and polymorphic variants), each once: what coverage lists up front as
 * "declared".
 */
export function reachableSchemas(use: SchemaNode): SchemaNode[] {
  const out = new Set<SchemaNode>();
  const queue: SchemaNode[] = [target(use)];
  while (queue.length > 0) {
    const schema = target(queue.shift()!);
    if (out.has(schema)) continue;
    out.add(schema);
    queue.push(...schema.shape.properties.values());
    if (schema.items) queue.push(schema.items);
    if (typeof schema.additionalProperties === "object") queue.push(schema.additionalProperties);
    if (schema.polymorphism) queue.push(...schema.polymorphism.variants.values());
  }
  return [...out];
}
