/**
 * The emitter's intermediate model: only what the builders need, in wire terms (RLCs keep
 * serialized names), so builders never touch the modelerfour code model.
 */

export type TypeRef =
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "unknown" }
  | { kind: "anyObject" }
  | { kind: "datetime" }
  | { kind: "binary" }
  | { kind: "constant"; value: string | number | boolean }
  | { kind: "enum"; values: Array<string | number | boolean>; extensible: boolean }
  | { kind: "array"; element: TypeRef; nullableElement?: boolean }
  | { kind: "dictionary"; element: TypeRef; nullableElement?: boolean }
  | { kind: "model"; name: string }
  /** A body or response offered in several media types (JSON model or bytes, say). */
  | { kind: "union"; members: TypeRef[] };

export interface Property {
  wireName: string;
  description?: string;
  type: TypeRef;
  required: boolean;
  readOnly: boolean;
  nullable: boolean;
}

/** Where a model sits in a `discriminator` hierarchy. */
export interface Polymorphism {
  /** Wire name of the discriminator property (declared on the root). */
  property: string;
  /** This model's own value, when it can appear on the wire as itself. */
  value?: string;
  /** Every model below this one, by name, in code-model order. */
  descendants: string[];
}

export interface Model {
  /** Base name (PascalCase); output models get the `Output` suffix from naming. */
  name: string;
  description?: string;
  parents: string[];
  /** Set for every model of a discriminator hierarchy (root, intermediate and leaf). */
  polymorphism?: Polymorphism;
  properties: Property[];
  /** Set when the definition also allows `additionalProperties`. */
  additionalProperties?: TypeRef;
  usedAsInput: boolean;
  usedAsOutput: boolean;
}

export type CollectionFormat = "csv" | "ssv" | "tsv" | "pipes" | "multi";

export interface Parameter {
  wireName: string;
  description?: string;
  type: TypeRef;
  required: boolean;
  collectionFormat?: CollectionFormat;
  /** `x-ms-skip-url-encoding` on a path parameter: the value may carry reserved characters. */
  skipUrlEncoding?: boolean;
}

/** One field of a form body (`in: formData`). */
export interface FormField {
  wireName: string;
  description?: string;
  type: TypeRef;
  required: boolean;
}

export type BodyEncoding = "json" | "binary" | "text" | "urlencoded" | "multipart";

export interface RequestBody {
  type: TypeRef;
  required: boolean;
  description?: string;
  contentTypes: string[];
  /** One per request the spec offers (several when it consumes JSON and bytes, say). */
  encodings: BodyEncoding[];
  /** Form fields, for `urlencoded` and `multipart` bodies (then `type` is unused). */
  formFields?: FormField[];
  /**
   * The caller must name the content type: core-client would otherwise guess it from the body
   * (a stream or a string that is not JSON text would go out wrongly labelled).
   */
  contentTypeRequired: boolean;
}

/** `x-ms-long-running-operation`, with its `final-state-via` when the spec gives one. */
export interface LongRunning {
  finalStateVia?: "azure-async-operation" | "location" | "original-uri" | "operation-location";
}

/** `x-ms-pageable`: where the items and the next link are in each page. */
export interface Paging {
  itemName: string;
  /** `null` in the spec: the first page is the only one. */
  nextLinkName?: string;
}

export interface Response {
  /** A status code ("200") or "default". */
  status: string;
  description?: string;
  body?: TypeRef;
  headers: Parameter[];
  isError: boolean;
}

export type HttpMethod = "get" | "put" | "post" | "patch" | "delete" | "head" | "options" | "trace";

export interface Operation {
  operationId: string;
  group: string;
  name: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  description?: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  headerParameters: Parameter[];
  body?: RequestBody;
  responses: Response[];
  longRunning?: LongRunning;
  paging?: Paging;
  /** Set when the group-and-name prefix would give one of its types a model's name (naming.ts). */
  typePrefix?: string;
}

export interface HostParameter {
  name: string;
  description?: string;
  type: TypeRef;
}

export type Credential =
  | { kind: "none" }
  | { kind: "key"; headerName: string }
  | { kind: "token"; scopes: string[] }
  | { kind: "keyOrToken"; headerName: string; scopes: string[] };

export interface ClientModel {
  clientName: string;
  description?: string;
  packageName: string;
  packageVersion: string;
  /** Host template with `{param}` placeholders, scheme included. */
  hostTemplate: string;
  hostParameters: HostParameter[];
  apiVersion?: string;
  credential: Credential;
  operations: Operation[];
  models: Model[];
}

export interface GeneratedFile {
  path: string;
  content: string;
}
