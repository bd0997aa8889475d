/**
 * Follows same-document `$ref`s of the original Swagger schemas, for the code that reads schemas
 * itself (coverage walker, mutation generator, arbitraries); ajv resolves refs on its own.
 */
import type { OpenAPIV2 } from "openapi-types";
import { localRef } from "./load.js";
import type { SpecDocument } from "./model.js";
import { appendPointer, getByPointer } from "./pointer.js";

export interface ResolvedSchema {
  readonly schema: OpenAPIV2.SchemaObject;
  /** Pointer of `schema` in the spec: a stable identity (`/definitions/LroStatus`). */
  readonly pointer: string;
  /** `x-nullable` on the referencing schema or on the target. */
  readonly nullable: boolean;
}

export interface ObjectShape {
  /** Own and `allOf`-inherited properties, each with its pointer. */
  readonly properties: ReadonlyMap<string, { schema: OpenAPIV2.Schema; pointer: string }>;
  readonly required: ReadonlySet<string>;
}

export function resolveSchema(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  pointer: string,
): ResolvedSchema {
  let current = schema as Record<string, unknown>;
  let currentPointer = pointer;
  let nullable = current["x-nullable"] === true;
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${currentPointer}`);
    currentPointer = localRef(spec, current.$ref);
    const target = getByPointer(spec.doc, currentPointer);
    if (target === null || typeof target !== "object") {
      throw new Error(`unresolvable $ref ${String(current.$ref)}`);
    }
    current = target as Record<string, unknown>;
    nullable ||= current["x-nullable"] === true;
  }
  return { schema: current as OpenAPIV2.SchemaObject, pointer: currentPointer, nullable };
}

export function objectShape(spec: SpecDocument, resolved: ResolvedSchema): ObjectShape {
  const properties = new Map<string, { schema: OpenAPIV2.Schema; pointer: string }>();
  const required = new Set<string>();
  const seen = new Set<string>();
  const collect = (node: ResolvedSchema): void => {
    if (seen.has(node.pointer)) return;
    seen.add(node.pointer);
    ((node.schema.allOf ?? []) as OpenAPIV2.Schema[]).forEach((part, i) =>
      collect(resolveSchema(spec, part, appendPointer(appendPointer(node.pointer, "allOf"), i))),
    );
    for (const [name, schema] of Object.entries(node.schema.properties ?? {})) {
      properties.set(name, {
        schema,
        pointer: appendPointer(appendPointer(node.pointer, "properties"), name),
      });
    }
    for (const name of node.schema.required ?? []) required.add(name);
  };
  collect(resolved);
  return { properties, required };
}

/** The values an enum schema allows, and whether it is extensible (`modelAsString: true`). */
export function enumOf(
  schema: OpenAPIV2.SchemaObject,
): { values: unknown[]; extensible: boolean } | undefined {
  const xMsEnum = schema["x-ms-enum"] as
    { modelAsString?: boolean; values?: { value: unknown }[] } | undefined;
  const values = schema.enum ?? xMsEnum?.values?.map((v) => v.value);
  if (!values) return undefined;
  return { values, extensible: xMsEnum?.modelAsString === true };
}
