/**
 * Swagger 2.0 schema → `SchemaNode`: the one place that reads Swagger's schema keywords. Nodes
 * are built once per location (`<file>#<pointer>`), so a recursive definition becomes a cycle in
 * the graph, and a shared one is one node. Anything sloppy but readable is read generously and
 * warned about (see `SPEC_WARNING_CODES`); nothing here throws on what a spec contains.
 *
 * The readings, in one list:
 * - `x-nullable: true` allows `null` (on a `$ref`, or on anything the reference leads to). Without
 *   it `null` is rejected, a stricter reading than oav's: a typed client breaks on an unexpected
 *   `null`. With the `oav` nulls policy, oav's reading: an optional property, an array item and a
 *   map value also allow `null`, unless `x-nullable: false`.
 * - `x-ms-enum.modelAsString: true` makes an enum extensible; `x-ms-enum.values` stand for `enum`
 *   when it is absent.
 * - A `$ref`'s other keywords are ignored (draft 4), except `x-nullable`, `x-ms-secret` and
 *   `x-ms-mutability`.
 * - `x-ms-secret: true`, or an `x-ms-mutability` without `read`: a response must not carry the
 *   value (`notInResponse`), as oav checks.
 * - No `type`: `properties`/`required`/`additionalProperties` make it an object, `items` an array,
 *   an enum of strings a string, as AutoRest models them (warned, `TYPE_INFERRED`).
 * - Formats are lower-cased (AutoRest does); unknown ones are dropped with a warning.
 * - A limit that cannot apply to the type (`maxLength` on an integer) is dropped with a warning.
 */
import type { SpecFile, SpecFiles } from "./files.js";
import type { EnumModel, ObjectShape, SchemaNode, SchemaType } from "./model.js";
import { appendPointer, unescapeToken } from "./pointer.js";
import {
  ANNOTATION_KEYWORDS,
  CONSTRAINTS_BY_TYPE,
  CONSTRAINT_KEYWORDS,
  KNOWN_FORMATS,
  SCHEMA_TYPES,
} from "./vocabulary.js";
import type { SpecWarningCode, WarningLog } from "./warnings.js";
import type { NullsPolicy } from "../options.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A node while the specs load: filled in by the reader, then linked (`link.ts`). */
export type NodeDraft = Mutable<Omit<SchemaNode, "properties" | "constraints">> & {
  properties: Map<string, SchemaNode>;
  constraints: Record<string, number | boolean | string>;
};

export const EMPTY_SHAPE: ObjectShape = {
  properties: new Map(),
  required: new Set(),
  closed: false,
};

type Raw = Record<string, unknown>;

/** Keywords this file reads (everything else: annotation, `x-` extension, or unknown). */
const READ = new Set([
  "$ref",
  "type",
  "format",
  "enum",
  "x-ms-enum",
  "x-nullable",
  "properties",
  "required",
  "allOf",
  "items",
  "additionalProperties",
  "readOnly",
  "discriminator",
]);

export class SchemaReader {
  /** By `<absolute path>#<pointer>`. */
  readonly nodes = new Map<string, NodeDraft>();
  /** A `$ref` node → the node its reference names directly (chains are collapsed later). */
  readonly refs = new Map<NodeDraft, NodeDraft>();

  constructor(
    readonly files: SpecFiles,
    private readonly warnings: WarningLog,
    private readonly nulls: NullsPolicy = "declared",
  ) {}

  node(file: SpecFile, pointer: string, raw: unknown): NodeDraft {
    const id = `${file.path}#${pointer}`;
    const known = this.nodes.get(id);
    if (known) return known;
    const node = blankNode(file, pointer);
    // Registered before the children are read, so that a recursive schema finds itself.
    this.nodes.set(id, node);
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      this.warn("INVALID_KEYWORD_VALUE", node, "", "a schema must be an object; anything passes");
      return node;
    }
    const schema = raw as Raw;
    if (schema.$ref !== undefined) this.readRef(node, schema);
    else this.readSchema(node, schema);
    return node;
  }

  warn(code: SpecWarningCode, node: SchemaNode, keyword: string, message: string): void {
    const at = keyword ? appendPointer(node.pointer, keyword) : node.pointer;
    this.warnings.add(code, node.file.path, at, message);
  }

  private readRef(node: NodeDraft, schema: Raw): void {
    node.nullable = schema["x-nullable"] === true;
    node.notInResponse = notInResponse(schema);
    if (typeof schema.$ref !== "string") {
      this.warn("INVALID_KEYWORD_VALUE", node, "$ref", "$ref must be a string; anything passes");
      return;
    }
    const named = this.files.resolve(node.file, schema.$ref, appendPointer(node.pointer, "$ref"));
    if (named) this.refs.set(node, this.node(named.file, named.pointer, named.value));
    // JSON Reference: whatever stands beside `$ref` is ignored (by oav too), which a spec that
    // writes `required` or `enum` there does not expect. `readOnly` and `x-` keys are read.
    const ignored = Object.keys(schema).filter(
      (k) =>
        k !== "$ref" &&
        k !== "readOnly" &&
        !k.startsWith("x-") &&
        (READ.has(k) || CONSTRAINT_KEYWORDS.has(k)),
    );
    if (ignored.length > 0) {
      const list = ignored.join(", ");
      this.warn(
        "INVALID_KEYWORD_VALUE",
        node,
        ignored[0]!,
        `${list} beside $ref ignored: a reference stands for the schema it names`,
      );
    }
  }

  private readSchema(node: NodeDraft, schema: Raw): void {
    const child = (keyword: string, ...tokens: string[]): string =>
      tokens.reduce(appendPointer, appendPointer(node.pointer, keyword));
    for (const keyword of Object.keys(schema)) {
      if (READ.has(keyword) || CONSTRAINT_KEYWORDS.has(keyword)) continue;
      if (keyword.startsWith("x-") || ANNOTATION_KEYWORDS.has(keyword)) continue;
      this.warn(
        "UNKNOWN_KEYWORD",
        node,
        keyword,
        `${keyword} is not a Swagger 2.0 schema keyword; ignored`,
      );
    }
    this.readType(node, schema.type);
    this.readFormat(node, schema.format);
    node.enum = this.readEnum(node, schema);
    if (node.type === "array" && node.enum?.values.every((v) => !Array.isArray(v))) {
      // Box's `allowed_shared_link_access_levels`: meant for the items, but draft 4 compares the
      // whole array, so every response fails (as oav has it).
      const message = "enum on an array lists no array: no value can pass (meant for items?)";
      this.warn("KEYWORD_TYPE_MISMATCH", node, "enum", message);
    }
    if (schema["x-nullable"] !== undefined && typeof schema["x-nullable"] !== "boolean") {
      this.warn("INVALID_KEYWORD_VALUE", node, "x-nullable", "x-nullable must be a boolean");
    }
    node.nullable ||= schema["x-nullable"] === true;
    node.readOnly = schema.readOnly === true;
    node.notInResponse = notInResponse(schema);

    const properties = this.objectOf(node, schema, "properties");
    for (const [name, value] of Object.entries(properties ?? {})) {
      node.properties.set(name, this.node(node.file, child("properties", name), value));
    }
    node.required = this.readRequired(node, schema.required);
    const allOf = this.arrayOf(node, schema, "allOf");
    node.allOf = (allOf ?? []).map((part, i) =>
      this.node(node.file, child("allOf", String(i)), part),
    );
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) {
        this.warn(
          "INVALID_KEYWORD_VALUE",
          node,
          "items",
          "tuple items are not Swagger 2.0; ignored",
        );
      } else {
        node.items = this.node(node.file, child("items"), schema.items);
      }
    }
    const extra = schema.additionalProperties;
    if (typeof extra === "boolean") node.additionalProperties = extra;
    else if (extra !== null && typeof extra === "object" && !Array.isArray(extra)) {
      node.additionalProperties = this.node(node.file, child("additionalProperties"), extra);
    } else if (extra !== undefined) {
      this.warn(
        "INVALID_KEYWORD_VALUE",
        node,
        "additionalProperties",
        "must be a boolean or a schema",
      );
    }
    if (schema.discriminator !== undefined && typeof schema.discriminator !== "string") {
      this.warn("INVALID_KEYWORD_VALUE", node, "discriminator", "must be a property name");
    }
    if (this.nulls === "oav") allowOavNulls(node, schema);
    this.inferType(node, schema);
    this.readConstraints(node, schema);
    this.dropInapplicable(node);
  }

  private readType(node: NodeDraft, type: unknown): void {
    if (type === undefined) return;
    const names = Array.isArray(type) ? type : [type];
    const known: SchemaType[] = [];
    let sawNull = false;
    for (const name of names) {
      const lower = typeof name === "string" ? name.toLowerCase() : undefined;
      if (lower === "null") sawNull = true;
      else if (SCHEMA_TYPES.includes(lower as SchemaType)) known.push(lower as SchemaType);
    }
    node.nullable ||= sawNull;
    const clean = typeof type === "string" && known[0] === type;
    const or = node.nullable ? " or null" : "";
    if (known.length === 1) node.type = known[0];
    // Several types, or only null: JSON Schema's union, which ajv checks as such. (`file` is a
    // Swagger body type, no JSON one: a union that names it is left open.)
    else if (!known.includes("file") && (known.length > 1 || sawNull)) node.typeUnion = known;
    if (!clean) {
      this.warn(
        "INVALID_KEYWORD_VALUE",
        node,
        "type",
        known.length === 1
          ? `type ${JSON.stringify(type)} read as ${known[0]}${or}`
          : node.typeUnion
            ? `type ${JSON.stringify(type)} is not one Swagger type; read as ${known.length > 0 ? `${known.join(" or ")}${or}` : "null only"}`
            : `type ${JSON.stringify(type)} is not one Swagger type; any type passes`,
      );
    }
  }

  private readFormat(node: NodeDraft, format: unknown): void {
    if (format === undefined) return;
    if (typeof format !== "string") {
      this.warn("INVALID_KEYWORD_VALUE", node, "format", "format must be a string; ignored");
      return;
    }
    const lower = format.toLowerCase();
    if (lower === "file" && node.type === "object") {
      // Batch's file downloads: AutoRest reads `type: object, format: file` as a binary body.
      node.type = "file";
      this.warn(
        "INVALID_KEYWORD_VALUE",
        node,
        "format",
        "type object with format file read as type file (a binary body), as AutoRest reads it",
      );
    } else if (lower === "int-or-string" && node.type === "string") {
      // Kubernetes' IntOrString (`targetPort: 8080` or `"http"`): its API server sends either,
      // and every Kubernetes client reads either. A type of its own, not a string format.
      node.type = undefined;
      node.typeUnion = ["integer", "string"];
      this.warn(
        "INVALID_KEYWORD_VALUE",
        node,
        "format",
        "format int-or-string (Kubernetes' IntOrString) read as type integer or string",
      );
    } else if (KNOWN_FORMATS.has(lower)) node.format = lower;
    else {
      this.warn(
        "UNKNOWN_FORMAT",
        node,
        "format",
        `format ${format} is unknown; values are not checked against it`,
      );
    }
  }

  private readEnum(node: NodeDraft, schema: Raw): EnumModel | undefined {
    const xMsEnum = schema["x-ms-enum"];
    let options: Raw | undefined;
    if (xMsEnum !== undefined) {
      if (xMsEnum !== null && typeof xMsEnum === "object" && !Array.isArray(xMsEnum)) {
        options = xMsEnum as Raw;
      } else
        this.warn(
          "INVALID_KEYWORD_VALUE",
          node,
          "x-ms-enum",
          "x-ms-enum must be an object; ignored",
        );
    }
    let values: unknown[] | undefined;
    if (schema.enum !== undefined) {
      if (Array.isArray(schema.enum) && schema.enum.length > 0) values = schema.enum;
      else
        this.warn("INVALID_KEYWORD_VALUE", node, "enum", "enum must be a non-empty array; ignored");
    }
    // `enum` is the source of truth; x-ms-enum.values (value + description) stand in without it.
    if (!values && Array.isArray(options?.values)) {
      values = (options.values as unknown[]).flatMap((v) =>
        v !== null && typeof v === "object" && "value" in v ? [(v as Raw).value] : [],
      );
      if (values.length === 0) values = undefined;
    }
    return values ? { values, extensible: options?.modelAsString === true } : undefined;
  }

  private readRequired(node: NodeDraft, required: unknown): string[] {
    if (required === undefined) return [];
    if (!Array.isArray(required)) {
      this.warn("INVALID_KEYWORD_VALUE", node, "required", "required must be an array; ignored");
      return [];
    }
    const names = required.filter((r): r is string => typeof r === "string");
    if (names.length !== required.length) {
      this.warn("INVALID_KEYWORD_VALUE", node, "required", "required lists a non-string; ignored");
    }
    return [...new Set(names)];
  }

  private inferType(node: NodeDraft, schema: Raw): void {
    if (node.type !== undefined || schema.type !== undefined) return;
    const objectLike =
      node.properties.size > 0 ||
      node.required.length > 0 ||
      schema.additionalProperties !== undefined ||
      schema.minProperties !== undefined ||
      schema.maxProperties !== undefined;
    let inferred: SchemaType | undefined;
    if (objectLike) inferred = "object";
    else if (node.items) inferred = "array";
    else if (node.enum?.values.every((v) => typeof v === "string")) inferred = "string";
    if (!inferred) return;
    node.type = inferred;
    this.warn("TYPE_INFERRED", node, "", `no type; read as ${inferred}, as AutoRest models it`);
  }

  private readConstraints(node: NodeDraft, schema: Raw): void {
    for (const keyword of CONSTRAINT_KEYWORDS) {
      const value = schema[keyword];
      if (value === undefined) continue;
      const problem = constraintProblem(keyword, value);
      if (problem)
        this.warn("INVALID_KEYWORD_VALUE", node, keyword, `${keyword} ${problem}; ignored`);
      else node.constraints[keyword] = value as number | boolean | string;
    }
  }

  /** Limits of another type, and object/array keywords on a scalar: ajv would skip them anyway. */
  private dropInapplicable(node: NodeDraft): void {
    const applicable = new Set(node.type ? (CONSTRAINTS_BY_TYPE[node.type] ?? []) : []);
    for (const keyword of Object.keys(node.constraints)) {
      if (applicable.has(keyword)) continue;
      delete node.constraints[keyword];
      this.warn(
        "KEYWORD_TYPE_MISMATCH",
        node,
        keyword,
        `${keyword} cannot apply to type ${node.type ?? "(none)"}; ignored`,
      );
    }
    if (node.type !== undefined && node.type !== "object") {
      if (node.properties.size > 0 || node.required.length > 0) {
        this.warn(
          "KEYWORD_TYPE_MISMATCH",
          node,
          "properties",
          `properties cannot apply to type ${node.type}; ignored`,
        );
        node.properties.clear();
        node.required = [];
      }
      node.additionalProperties = true;
    }
    if (node.type !== undefined && node.type !== "array" && node.items) {
      this.warn(
        "KEYWORD_TYPE_MISMATCH",
        node,
        "items",
        `items cannot apply to type ${node.type}; ignored`,
      );
      node.items = undefined;
    }
  }

  private objectOf(node: NodeDraft, schema: Raw, keyword: string): Raw | undefined {
    const value = schema[keyword];
    if (value === undefined) return undefined;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Raw;
    this.warn("INVALID_KEYWORD_VALUE", node, keyword, `${keyword} must be an object; ignored`);
    return undefined;
  }

  private arrayOf(node: NodeDraft, schema: Raw, keyword: string): unknown[] | undefined {
    const value = schema[keyword];
    if (value === undefined) return undefined;
    if (Array.isArray(value)) return value;
    this.warn("INVALID_KEYWORD_VALUE", node, keyword, `${keyword} must be an array; ignored`);
    return undefined;
  }
}

function constraintProblem(keyword: string, value: unknown): string | undefined {
  switch (keyword) {
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "uniqueItems":
      return typeof value === "boolean" ? undefined : "must be a boolean";
    case "pattern":
      if (typeof value !== "string") return "must be a string";
      try {
        // ajv compiles patterns with the `u` flag.
        new RegExp(value, "u");
        return undefined;
      } catch {
        return "is not a JavaScript regular expression";
      }
    case "minimum":
    case "maximum":
      return Number.isFinite(value) ? undefined : "must be a number";
    case "multipleOf":
      return Number.isFinite(value) && (value as number) > 0
        ? undefined
        : "must be a positive number";
    default:
      return Number.isInteger(value) && (value as number) >= 0
        ? undefined
        : "must be a non-negative integer";
  }
}

function notInResponse(schema: Raw): SchemaNode["notInResponse"] {
  if (schema["x-ms-secret"] === true) return "secret";
  const mutability = schema["x-ms-mutability"];
  return Array.isArray(mutability) && !mutability.includes("read") ? "write-only" : undefined;
}

function blankNode(file: SpecFile, pointer: string): NodeDraft {
  const definition = /^\/definitions\/([^/]+)$/.exec(pointer)?.[1];
  return {
    key: `${file.name}#${pointer}`,
    file,
    pointer,
    ref: undefined,
    nullable: false,
    type: undefined,
    typeUnion: undefined,
    format: undefined,
    enum: undefined,
    properties: new Map(),
    required: [],
    allOf: [],
    items: undefined,
    additionalProperties: true,
    constraints: {},
    readOnly: false,
    notInResponse: undefined,
    definition: definition === undefined ? undefined : unescapeToken(definition),
    shape: EMPTY_SHAPE,
    polymorphism: undefined,
  };
}

/**
 * oav's nullable reading (its `nullableTransformer`): where a value may be left out (an optional
 * property) or is one of many (an array item, a map value), `null` is also fine unless the schema
 * there says `x-nullable: false`.
 */
function allowOavNulls(node: NodeDraft, schema: Raw): void {
  const notFalse = (raw: unknown) => (raw as Raw | null)?.["x-nullable"] !== false;
  const declared = (schema.properties ?? {}) as Raw;
  for (const [name, property] of node.properties) {
    if (!node.required.includes(name) && notFalse(declared[name])) {
      (property as NodeDraft).nullable = true;
    }
  }
  if (node.items && notFalse(schema.items)) (node.items as NodeDraft).nullable = true;
  const extra = node.additionalProperties;
  if (typeof extra === "object" && notFalse(schema.additionalProperties)) {
    (extra as NodeDraft).nullable = true;
  }
}
