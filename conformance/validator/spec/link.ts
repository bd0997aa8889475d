/**
 * The last step of reading the specs, once every node exists: `$ref` chains are collapsed (a
 * reference points at the schema itself, with `nullable` gathered along the way), and each object
 * schema's `shape` (own and `allOf`-inherited properties) is computed once.
 */
import { target, type ObjectShape, type SchemaNode } from "./model.js";
import { EMPTY_SHAPE, type NodeDraft, type SchemaReader } from "./schema.js";

export function link(reader: SchemaReader): void {
  for (const [node, first] of reader.refs) {
    let current: NodeDraft | undefined = first;
    let nullable = node.nullable;
    const seen = new Set<NodeDraft>([node]);
    while (current && reader.refs.has(current)) {
      if (seen.has(current)) {
        reader.warn("UNRESOLVABLE_REF", node, "$ref", "$ref leads back to itself; anything passes");
        current = undefined;
        break;
      }
      seen.add(current);
      nullable ||= current.nullable;
      current = reader.refs.get(current);
    }
    if (current) {
      node.ref = current;
      node.nullable = nullable || current.nullable;
    }
  }
  const shapes = new Map<SchemaNode, ObjectShape>();
  const shapeOf = (node: SchemaNode, visiting: Set<SchemaNode>): ObjectShape => {
    const known = shapes.get(node);
    if (known) return known;
    // An `allOf` cycle (A extends B extends A) contributes nothing a second time.
    if (visiting.has(node)) return EMPTY_SHAPE;
    visiting.add(node);
    const properties = new Map<string, SchemaNode>();
    const required = new Set<string>();
    let closedPart = false;
    for (const part of node.allOf) {
      const inherited = shapeOf(part.ref ?? part, visiting);
      for (const [name, schema] of inherited.properties) properties.set(name, schema);
      for (const name of inherited.required) required.add(name);
      closedPart ||= inherited.closed;
    }
    for (const [name, schema] of node.properties) properties.set(name, schema);
    for (const name of node.required) required.add(name);
    const closed =
      node.additionalProperties === false || (closedPart && node.additionalProperties === true);
    const shape =
      properties.size === 0 && required.size === 0 && !closed
        ? EMPTY_SHAPE
        : { properties, required, closed };
    shapes.set(node, shape);
    visiting.delete(node);
    return shape;
  };
  for (const node of reader.nodes.values()) {
    node.shape = shapeOf(node.ref ?? node, new Set());
    const poly = node.polymorphism;
    if (poly && !node.shape.properties.has(poly.property)) {
      reader.warn(
        "DISCRIMINATOR_PROPERTY_MISSING",
        node,
        "discriminator",
        `discriminator ${poly.property} is not among the properties; its value is still read`,
      );
    }
  }
  for (const node of reader.nodes.values()) warnUnreachableVariants(reader, node);
}

/**
 * A subtype whose discriminator value the property's closed `enum` leaves out, on the base or on
 * the subtype: every payload that names it fails (a spec bug, as in Language's
 * analyzeconversations, where `kind` allows only the base's name).
 */
function warnUnreachableVariants(reader: SchemaReader, node: SchemaNode): void {
  const poly = node.polymorphism;
  if (!poly) return;
  const closedEnum = (owner: SchemaNode) => {
    const property = owner.shape.properties.get(poly.property);
    const values = property && target(property).enum;
    return values && !values.extensible ? values.values : undefined;
  };
  const base = closedEnum(node);
  for (const [value, variant] of poly.variants) {
    const own = closedEnum(variant);
    const allowed = [base, own].find((values) => values && !values.includes(value));
    if (!allowed) continue;
    reader.warn(
      "DISCRIMINATOR_VALUE_UNREACHABLE",
      variant,
      "",
      `its discriminator value ${JSON.stringify(value)} is not among the values ${poly.property} allows (${allowed.map((v) => JSON.stringify(v)).join(", ")}): no payload can name this schema`,
    );
  }
}
