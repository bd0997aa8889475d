/**
 * Swagger 2.0 schema → draft-04 JSON Schema for ajv. One function per concern; the document is
 * never modified (the coverage walker and the mutation generator read the originals).
 *
 * Swagger semantics applied here:
 * - `x-nullable: true` adds `"null"` to `type` (and to `enum`). Without it `null` is rejected
 *   everywhere: a stricter reading than oav, which lets optional properties be null. The specs
 *   declare no nullable property, so a service sending `null` breaks typed clients.
 * - `x-ms-enum.modelAsString: true` (extensible): the closed `enum` is dropped and `x-ms-enum`
 *   validates instead, accepting unknown values but rejecting a known value in another letter
 *   case (a client comparing with the constant would miss it). `modelAsString: false`: `enum`
 *   stays and rejects anything else.
 * - `$ref` siblings are dropped (draft-04 ignores them; ajv strict mode would complain), except
 *   `x-nullable`, which wraps the ref in `anyOf [null, ref]`.
 * - `type: file` (a binary body) accepts anything.
 * - Unknown `x-*` extensions are dropped: Swagger allows any, and they have no validation meaning.
 *   Any other unknown keyword is kept so that ajv strict mode rejects the spec.
 */
import type { OpenAPIV2 } from "openapi-types";
import { ANNOTATION_KEYWORD_SET } from "./vendorKeywords.js";

export type JsonSchema = Record<string, unknown>;

/** Same-document refs (`#/definitions/X`) become absolute (`file:///…/dataset.json#/…`). */
export function transformSchema(schema: OpenAPIV2.Schema, specUri: string): JsonSchema {
  const source = schema as Record<string, unknown>;
  if (typeof source.$ref === "string") return transformRef(source, specUri);
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(source)) {
    if (
      keyword.startsWith("x-") &&
      keyword !== "x-ms-enum" &&
      !ANNOTATION_KEYWORD_SET.has(keyword)
    ) {
      continue;
    }
    out[keyword] = transformKeyword(keyword, value, specUri);
  }
  if (out.type === "file") delete out.type;
  applyExtensibleEnum(out);
  applyNullable(out);
  return out;
}

function transformRef(source: Record<string, unknown>, specUri: string): JsonSchema {
  const ref = source.$ref as string;
  const absolute = { $ref: ref.startsWith("#") ? `${specUri}${ref}` : ref };
  // Marked `x-nullable` so that toViolations can drop the wrapper's own errors and report only
  // why the value does not match the referenced schema.
  return source["x-nullable"] === true
    ? { "x-nullable": true, anyOf: [{ type: "null" }, absolute] }
    : absolute;
}

function transformKeyword(keyword: string, value: unknown, specUri: string): unknown {
  switch (keyword) {
    case "properties":
    case "definitions":
      return mapValues(value as Record<string, OpenAPIV2.Schema>, (s) =>
        transformSchema(s, specUri),
      );
    case "items":
      return Array.isArray(value)
        ? value.map((s: OpenAPIV2.Schema) => transformSchema(s, specUri))
        : transformSchema(value as OpenAPIV2.Schema, specUri);
    case "additionalProperties":
    case "not":
      return typeof value === "boolean"
        ? value
        : transformSchema(value as OpenAPIV2.Schema, specUri);
    case "allOf":
    case "anyOf":
    case "oneOf":
      return (value as OpenAPIV2.Schema[]).map((s) => transformSchema(s, specUri));
    default:
      return value;
  }
}

interface XMsEnum {
  name?: string;
  modelAsString?: boolean;
  values?: { value: unknown; description?: string; name?: string }[];
}

function applyExtensibleEnum(out: JsonSchema): void {
  const xMsEnum = out["x-ms-enum"] as XMsEnum | undefined;
  if (!xMsEnum || xMsEnum.modelAsString !== true) return;
  const declared = Array.isArray(out.enum) ? (out.enum as unknown[]) : [];
  // `enum` is the source of truth for the values; x-ms-enum.values only adds descriptions.
  const values = declared.length
    ? declared.map((value) => xMsEnum.values?.find((v) => v.value === value) ?? { value })
    : (xMsEnum.values ?? []);
  out["x-ms-enum"] = { ...xMsEnum, values };
  delete out.enum;
}

function applyNullable(out: JsonSchema): void {
  if (out["x-nullable"] !== true) return;
  if (typeof out.type === "string") out.type = [out.type, "null"];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
