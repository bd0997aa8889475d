import { SchemaType, type DictionarySchema, type ObjectSchema } from "@autorest/codemodel";
import { UnsupportedConstructError } from "../errors.js";
import { definitionPointer } from "../naming.js";
import { schemaToType } from "./schemaToType.js";
import type { Model, Operation, Property, TypeRef } from "./types.js";

function toModel(schema: ObjectSchema): Model {
  const name = schema.language.default.name;
  const where = definitionPointer(name);
  if (schema.discriminator || schema.discriminatorValue) {
    // Polymorphic unions need their own output shape; refuse rather than emit a lossy one.
    throw new UnsupportedConstructError("discriminator (polymorphic models)", where);
  }
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
    if (t.kind !== "model") return;
    const m = byName.get(t.name);
    if (!m) return;
    const flag = side === "input" ? "usedAsInput" : "usedAsOutput";
    if (m[flag]) return;
    m[flag] = true;
    for (const p of m.properties) visit(p.type, side);
    for (const parent of m.parents) visit({ kind: "model", name: parent }, side);
    visit(m.additionalProperties, side);
  };
  for (const op of operations) {
    visit(op.body?.type, "input");
    for (const r of op.responses) visit(r.body, "output");
  }
  // Code-model order (spec order) keeps the output stable and close to @autorest/typescript's.
  return [...byName.values()].filter((m) => m.usedAsInput || m.usedAsOutput);
}
