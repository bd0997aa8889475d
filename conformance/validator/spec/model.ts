/**
 * The one normalised form of the loaded specs: every Swagger rule (`x-nullable`, `x-ms-enum`,
 * formats, `allOf`, discriminators, `$ref`s across files) is interpreted once, in `schema.ts`, and
 * the validator, coverage, the mutation generator and the test arbitraries all read this form.
 */
import type { SpecFile } from "./files.js";
import type { SpecWarning } from "./warnings.js";

/** A spec the caller named (the files it references are `SpecFile`s only). */
export type SpecDocument = SpecFile;

/** Swagger's types; `file` is a binary body. */
export type SchemaType = "string" | "number" | "integer" | "boolean" | "array" | "object" | "file";

export interface EnumModel {
  /** From `enum`, else from `x-ms-enum.values`. */
  readonly values: readonly unknown[];
  /** `x-ms-enum.modelAsString: true`: other values are allowed, a client must not break on them. */
  readonly extensible: boolean;
}

/**
 * Polymorphism (`discriminator`): a value is checked against the schema its discriminator
 * property names, found among this schema and every definition that extends it through `allOf`.
 */
export interface Polymorphism {
  readonly property: string;
  /** Discriminator value (`x-ms-discriminator-value`, else the definition name) → schema. */
  readonly variants: ReadonlyMap<string, SchemaNode>;
}

export interface ObjectShape {
  /** Own and `allOf`-inherited properties, inherited first. */
  readonly properties: ReadonlyMap<string, SchemaNode>;
  readonly required: ReadonlySet<string>;
  /**
   * No property beyond these: `additionalProperties: false` here, or on a schema this one
   * inherits from through `allOf` while it leaves `additionalProperties` at its default. Draft 4
   * would close the object over the closed part's own properties only, which no subtype that adds
   * one could pass; inheritance is read as extending the list, as AutoRest models it.
   */
  readonly closed: boolean;
}

export interface SchemaNode {
  /** `<file name>#<pointer>` (see `SpecFile.name`): a stable identity (coverage is keyed by it). */
  readonly key: string;
  readonly file: SpecFile;
  readonly pointer: string;
  /**
   * Set on a `$ref`: the schema it names, chains of references followed. Only `nullable` of the
   * other fields describes the reference (its other keywords are ignored, as draft 4 does).
   */
  readonly ref: SchemaNode | undefined;
  /** `x-nullable: true` here, or on any schema a reference chain passes through. */
  readonly nullable: boolean;
  /** Undefined: any JSON value (but see `typeUnion`). */
  readonly type: SchemaType | undefined;
  /**
   * JSON Schema's list form, which Swagger 2.0 does not allow but specs use (`type: [array,
   * string]`, `type: "null"`): the value is one of these types, or null when `nullable` (an empty
   * list: only null). `type` is undefined then, so that a consumer that reads only `type` sees a
   * value of any type.
   */
  readonly typeUnion: readonly SchemaType[] | undefined;
  /** Lower-case (AutoRest matches formats case-insensitively) and known; unknown ones dropped. */
  readonly format: string | undefined;
  readonly enum: EnumModel | undefined;
  /** Own properties; see `shape` for inherited ones. */
  readonly properties: ReadonlyMap<string, SchemaNode>;
  readonly required: readonly string[];
  readonly allOf: readonly SchemaNode[];
  readonly items: SchemaNode | undefined;
  /** `true` (the default: objects are open), `false`, or the schema of undeclared properties. */
  readonly additionalProperties: boolean | SchemaNode;
  /** Numeric, length, count and pattern limits that apply to `type`, by draft-4 keyword. */
  readonly constraints: Readonly<Record<string, number | boolean | string>>;
  /** Set by the server only; a response may carry it. */
  readonly readOnly: boolean;
  /**
   * What a response must not carry here: `secret` (`x-ms-secret: true`; a POST's response may,
   * as `listKeys` does) or `write-only` (`x-ms-mutability` without `read`), as oav checks.
   */
  readonly notInResponse: "secret" | "write-only" | undefined;
  /** Its name under `definitions`, when it is a definition. */
  readonly definition: string | undefined;
  readonly shape: ObjectShape;
  readonly polymorphism: Polymorphism | undefined;
}

export interface HeaderModel {
  /** As declared in the spec, e.g. `Retry-After`. */
  readonly name: string;
  /** Lower-cased, for matching on the wire. */
  readonly lower: string;
  readonly schema: SchemaNode;
  /** How an `array` header joins its items: `csv` (default), `ssv`, `tsv`, `pipes`. */
  readonly collectionFormat: string;
}

export interface ResponseModel {
  /** Key in `responses`: `"200"` or `"default"`. */
  readonly key: string;
  /**
   * `default` marked `x-ms-error-response: true`. Such a default covers only 4xx/5xx statuses: an
   * undeclared 2xx is not "the error model" but an unexpected success (it is what the RLC's
   * `isUnexpected` reports too), so it is an `INVALID_RESPONSE_CODE`.
   */
  readonly errorOnly: boolean;
  /** Schema of the body, absent when the response has no body. */
  readonly schema: SchemaNode | undefined;
  readonly headers: readonly HeaderModel[];
}

export interface ExampleRef {
  readonly title: string;
  /** Absolute path of the x-ms-examples file. */
  readonly file: string;
}

export interface OperationModel {
  readonly operationId: string;
  readonly method: string;
  /** Key under `paths` or `x-ms-paths` (the latter may carry a query: `/x?op=y`). */
  readonly path: string;
  readonly spec: SpecDocument;
  /** Operation `produces`, else the document's. Empty means "not declared": nothing to check. */
  readonly produces: readonly string[];
  readonly responses: ReadonlyMap<string, ResponseModel>;
  readonly examples: readonly ExampleRef[];
}

export interface SpecModel {
  readonly specs: readonly SpecDocument[];
  readonly operations: ReadonlyMap<string, OperationModel>;
  /** What the specs do that had to be read generously; see `SpecWarning`. */
  readonly warnings: readonly SpecWarning[];
}

/** The schema a node stands for: itself, or what its `$ref` names. */
export function target(node: SchemaNode): SchemaNode {
  return node.ref ?? node;
}

/**
 * A response body of bytes, not JSON: `type: file`, or `type: string` with `format: binary`, which
 * AutoRest reads as a stream too (Maps Render tiles, Storage downloads). Nothing in it is validated.
 */
export function isBinaryBody(schema: SchemaNode): boolean {
  const { type, format } = target(schema);
  return type === "file" || (type === "string" && format === "binary");
}

/**
 * The schema a value is checked against: for a polymorphic schema, the variant its discriminator
 * names (itself when the value names none it knows; the validator reports that).
 */
export function variantFor(node: SchemaNode, value: unknown): SchemaNode {
  const schema = target(node);
  const poly = schema.polymorphism;
  if (!poly || value === null || typeof value !== "object" || Array.isArray(value)) return schema;
  const tag = Object.hasOwn(value, poly.property)
    ? (value as Record<string, unknown>)[poly.property]
    : undefined;
  return (typeof tag === "string" && poly.variants.get(tag)) || schema;
}
