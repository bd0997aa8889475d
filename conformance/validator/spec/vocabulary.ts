/**
 * Which keywords and format names a Swagger 2.0 schema may use, as the normaliser reads them.
 */
import type { SchemaType } from "./model.js";

/** Draft-4 limits kept as they are, by the type they apply to. */
export const CONSTRAINTS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  string: ["minLength", "maxLength", "pattern"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  array: ["minItems", "maxItems", "uniqueItems"],
  object: ["minProperties", "maxProperties"],
};

export const CONSTRAINT_KEYWORDS: ReadonlySet<string> = new Set(
  Object.values(CONSTRAINTS_BY_TYPE).flat(),
);

/** Keywords with no bearing on a response's validity: read by nobody, never warned about. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "default",
  "example",
  "xml",
  "externalDocs",
  // Request-side only: which parameter style an array uses (headers read it from the header).
  "collectionFormat",
]);

export const SCHEMA_TYPES: readonly SchemaType[] = [
  "string",
  "number",
  "integer",
  "boolean",
  "array",
  "object",
  "file",
];

/**
 * Format names a validator knows, lower-case: JSON Schema's (through ajv-formats) and AutoRest's.
 * `schema/formats.ts` implements each; a spec's format is looked up lower-cased, since AutoRest
 * lower-cases it (`Int32` is `int32`). Any other name is warned about and not checked.
 */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  // JSON Schema / OpenAPI
  "date-time",
  "date",
  "time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "relative-json-pointer",
  "byte",
  "binary",
  "password",
  "int32",
  "int64",
  "float",
  "double",
  // AutoRest
  "date-time-rfc1123",
  "date-time-rfc7231",
  "unixtime",
  "base64url",
  "char",
  "decimal",
  "arm-id",
  "file",
]);
