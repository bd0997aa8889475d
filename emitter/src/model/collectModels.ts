import type { DictionarySchema, ObjectSchema } from "@autorest/codemodel";
import { SchemaType } from "./codeModelEnums.js";
import { UnsupportedConstructError } from "../errors.js";
import { definitionPointer } from "../naming.js";
import { schemaToType } from "./schemaToType.js";
import type { Model, Operation, Polymorphism, Property, TypeRef } from "./types.js";

/** The discriminator property, declared on this schema or inherited from an ancestor. */
function discriminatorProperty(schema: ObjectSchema): string | undefined {
  const own = schema.discriminator?.property.serializedName;
  if (own) return own;
  for (const p of schema.parents?.all ?? []) {
    const found = (p as ObjectSchema).discriminator?.property.serializedName;
    if (found) return found;
  }
  return undefined;
}

function polymorphism(schema: ObjectSchema, where: string): Polymorphism | undefined {
  if (!schema.discriminator && !schema.discriminatorValue) return undefined;
  const property = discriminatorProperty(schema);
  if (!property)
    throw new UnsupportedConstructError("discriminator value without a discriminator", where);
  // modelerfour sets discriminatorValue on subtypes only; a root's own value stays an extension.
  const value =
    schema.discriminatorValue ??
    (schema.extensions?.["x-ms-discriminator-value"] as string | undefined);
  return {
    property,
    ...(value ? { value } : {}),
    descendants: (schema.children?.all ?? []).map((c) => c.language.default.name),
  };
}

function toModel(schema: ObjectSchema): Model {
  const name = schema.language.default.name;
  const where = definitionPointer(name);
  const poly = polymorphism(schema, where);
  const parents: string[] = [];
  let additionalProperties: TypeRef | undefined;
  for (const parent of schema.parents?.immediate ?? []) {
    if (parent.type === SchemaType.Object) {
      parents.push(parent.language.default.name);
    } else if (parent.type === SchemaType.Dictionary) {
      additionalProperties = schemaToType((parent as DictionarySchema).elementType, where);
    } else {
      throw new UnsupportedConstructError(`allOf with a ${parent.type} schema`, where);
    }
  }
  for (const p of schema.properties ?? []) {
    // RLC bodies are the wire shape; a property modelerfour flattened would be sent unnested.
    if (p.flattenedNames?.length) {
      throw new UnsupportedConstructError(
        "a flattened property (modelerfour flatten-models)",
        `${where}/properties/${p.serializedName}`,
      );
    }
  }
  const properties: Property[] = (schema.properties ?? []).map((p) => ({
    wireName: p.serializedName,
    description: p.language.default.description?.trim() || undefined,
    type: schemaToType(p.schema, `${where}/properties/${p.serializedName}`),
    required: p.required === true,
    readOnly: p.readOnly === true,
    nullable: p.nullable === true || (p.schema as { nullable?: boolean }).nullable === true,
  }));
  const description = schema.language.default.description?.trim();
  return {
    name,
    description: description ? description : undefined,
    parents,
    ...(poly ? { polymorphism: poly } : {}),
    properties,
    additionalProperties,
    usedAsInput: false,
    usedAsOutput: false,
  };
}

/**
 * Converts the object schemas and marks which are reachable from request bodies (input,
 * `models.ts`) and from responses (output, `outputModels.ts`); unreachable ones are dropped.
 */
export function collectModels(objects: ObjectSchema[], operations: Operation[]): Model[] {
  const byName = new Map<string, Model>();
  for (const o of objects) byName.set(o.language.default.name, toModel(o));

  const visit = (t: TypeRef | undefined, side: "input" | "output"): void => {
    if (!t) return;
    if (t.kind === "array" || t.kind === "dictionary") return visit(t.element, side);
    if (t.kind === "union") return t.members.forEach((m) => visit(m, side));
    if (t.kind !== "model") return;
    const m = byName.get(t.name);
    if (!m) return;
    const flag = side === "input" ? "usedAsInput" : "usedAsOutput";
    if (m[flag]) return;
    m[flag] = true;
    for (const p of m.properties) visit(p.type, side);
    for (const parent of m.parents) visit({ kind: "model", name: parent }, side);
    // A polymorphic type is the union of its subtypes, so each of them is emitted too.
    for (const d of m.polymorphism?.descendants ?? []) visit({ kind: "model", name: d }, side);
    visit(m.additionalProperties, side);
  };
  for (const op of operations) {
    visit(op.body?.type, "input");
    for (const f of op.body?.formFields ?? []) visit(f.type, "input");
    for (const r of op.responses) visit(r.body, "output");
  }
  // Code-model order (spec order) keeps the output stable and close to @autorest/typescript's.
  return [...byName.values()].filter((m) => m.usedAsInput || m.usedAsOutput);
}
