/**
 * Walks a JSON value alongside its Swagger schema and reports every (value, schema) pair: the one
 * traversal behind coverage and the mutation generator. Only values the schema describes are
 * visited; the value is finite and depth-checked, so recursive schemas cannot loop.
 */
import type { OpenAPIV2 } from "openapi-types";
import type { SpecDocument } from "./model.js";
import { appendPointer } from "./pointer.js";
import { objectShape, resolveSchema, type ResolvedSchema } from "./resolve.js";

export interface Site {
  /** Pointer of the value in the body. */
  readonly pointer: string;
  readonly value: unknown;
  readonly schema: ResolvedSchema;
  /** Set when the value is a property of an object. */
  readonly property?: {
    readonly name: string;
    readonly required: boolean;
    /** Pointer of the object's schema in the spec: the coverage key of the property. */
    readonly ownerPointer: string;
  };
}

export function walkValue(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  schemaPointer: string,
  value: unknown,
  visit: (site: Site) => void,
): void {
  const walk = (
    node: OpenAPIV2.Schema,
    nodePointer: string,
    data: unknown,
    pointer: string,
    property: Site["property"],
  ): void => {
    const resolved = resolveSchema(spec, node, nodePointer);
    visit({ pointer, value: data, schema: resolved, ...(property ? { property } : {}) });
    if (Array.isArray(data)) {
      const items = resolved.schema.items;
      if (items && !Array.isArray(items)) {
        const itemsPointer = appendPointer(resolved.pointer, "items");
        data.forEach((item, i) =>
          walk(items, itemsPointer, item, appendPointer(pointer, i), undefined),
        );
      }
      return;
    }
    if (data === null || typeof data !== "object") return;
    const shape = objectShape(spec, resolved);
    for (const [name, prop] of shape.properties) {
      if (!Object.hasOwn(data, name)) continue;
      walk(
        prop.schema,
        prop.pointer,
        (data as Record<string, unknown>)[name],
        appendPointer(pointer, name),
        {
          name,
          required: shape.required.has(name),
          ownerPointer: resolved.pointer,
        },
      );
    }
  };
  walk(schema, schemaPointer, value, "", undefined);
}

/**
 * Every schema reachable from `schema` (through properties, items, allOf, additionalProperties),
 * each once: what coverage lists up front as "declared".
 */
export function reachableSchemas(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  schemaPointer: string,
): ResolvedSchema[] {
  const out = new Map<string, ResolvedSchema>();
  const queue: [OpenAPIV2.Schema, string][] = [[schema, schemaPointer]];
  while (queue.length > 0) {
    const [node, pointer] = queue.shift()!;
    const resolved = resolveSchema(spec, node, pointer);
    if (out.has(resolved.pointer)) continue;
    out.set(resolved.pointer, resolved);
    const s = resolved.schema;
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      queue.push([prop, appendPointer(appendPointer(resolved.pointer, "properties"), name)]);
    }
    ((s.allOf ?? []) as OpenAPIV2.Schema[]).forEach((part, i) =>
      queue.push([part, appendPointer(appendPointer(resolved.pointer, "allOf"), i)]),
    );
    if (s.items && !Array.isArray(s.items))
      queue.push([s.items as OpenAPIV2.Schema, appendPointer(resolved.pointer, "items")]);
    if (s.additionalProperties && typeof s.additionalProperties === "object") {
      queue.push([
        s.additionalProperties as OpenAPIV2.Schema,
        appendPointer(resolved.pointer, "additionalProperties"),
      ]);
    }
  }
  return [...out.values()];
}
