/**
 * Walks a JSON value alongside its schema and reports every (value, schema) pair: the traversal
 * behind the mutation generator. Only values the schema describes are visited (for a polymorphic
 * schema, through the variant the value names); the value is finite, so recursive schemas cannot
 * loop.
 */
import { target, variantFor, type SchemaNode } from "../validator/spec/model.js";
import { appendPointer } from "../validator/spec/pointer.js";

export interface Site {
  /** Pointer of the value in the body. */
  readonly pointer: string;
  readonly value: unknown;
  /** The schema the value is checked against (a `$ref` followed, a variant chosen). */
  readonly schema: SchemaNode;
  /** `null` is allowed here (the use or the schema says `x-nullable`). */
  readonly nullable: boolean;
  /** Set when the value is a property of an object. */
  readonly property?: {
    readonly name: string;
    readonly required: boolean;
    /** The discriminator of a polymorphic object: its value chooses the schema. */
    readonly discriminator: boolean;
  };
}

export function walkValue(use: SchemaNode, value: unknown, visit: (site: Site) => void): void {
  const walk = (node: SchemaNode, data: unknown, pointer: string, property?: Site["property"]) => {
    const schema = variantFor(node, data);
    const nullable = node.nullable || target(node).nullable;
    visit({ pointer, value: data, schema, nullable, ...(property ? { property } : {}) });
    if (Array.isArray(data)) {
      const { items } = schema;
      if (items) data.forEach((item, i) => walk(items, item, appendPointer(pointer, i)));
      return;
    }
    if (data === null || typeof data !== "object") return;
    const { properties, required } = schema.shape;
    const discriminator = target(node).polymorphism?.property;
    for (const [name, prop] of properties) {
      if (!Object.hasOwn(data, name)) continue;
      walk(prop, (data as Record<string, unknown>)[name], appendPointer(pointer, name), {
        name,
        required: required.has(name),
        discriminator: name === discriminator,
      });
    }
  };
  walk(use, value, "");
}
