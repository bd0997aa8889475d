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
  | { kind: "array"; element: TypeRef }
  | { kind: "dictionary"; element: TypeRef }
  | { kind: "model"; name: string };

export interface Property {
  wireName: string;
  description?: string;
  type: TypeRef;
  required: boolean;
  readOnly: boolean;
  nullable: boolean;
}

export interface Model {
  /** Base name (PascalCase); output models get the `Output` suffix from naming. */
  name: string;
  description?: string;
  parents: string[];
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
}

export interface RequestBody {
  type: TypeRef;
  required: boolean;
  description?: string;
  contentTypes: string[];
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
