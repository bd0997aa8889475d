import {
  ImplementationLocation,
  ParameterLocation,
  SchemaType,
  type CodeModel,
  type ConstantSchema,
  type ObjectSchema,
  type Operation as M4Operation,
  type Parameter as M4Parameter,
  type Response as M4Response,
  type Schema,
} from "@autorest/codemodel";
import { EmitterError, UnsupportedConstructError } from "../errors.js";
import { operationPointer } from "../naming.js";
import { collectModels } from "./collectModels.js";
import { schemaToType } from "./schemaToType.js";
import type {
  ClientModel,
  CollectionFormat,
  Credential,
  HostParameter,
  HttpMethod,
  Operation,
  Parameter,
  RequestBody,
  Response,
} from "./types.js";

export interface ClientSettings {
  clientName: string;
  packageName: string;
  packageVersion: string;
}

/** Operation extensions that need helpers this emitter does not generate (yet). */
const UNSUPPORTED_OPERATION_EXTENSIONS = ["x-ms-long-running-operation", "x-ms-pageable"];

/** modelerfour adds Accept/Content-Type; RLCs leave both to core-client. */
const SYNTHESIZED = new Set([
  "modelerfour:synthesized/accept",
  "modelerfour:synthesized/content-type",
]);

function description(language: { default: { description?: string } }): string | undefined {
  const text = language.default.description?.trim();
  return text ? text : undefined;
}

function collectionFormat(p: M4Parameter): CollectionFormat | undefined {
  if (p.schema.type !== SchemaType.Array) return undefined;
  const http = p.protocol.http as { style?: string; explode?: boolean } | undefined;
  switch (http?.style) {
    case "spaceDelimited":
      return "ssv";
    case "tabDelimited":
      return "tsv";
    case "pipeDelimited":
      return "pipes";
    default:
      return http?.explode ? "multi" : "csv";
  }
}

function toParameter(p: M4Parameter, where: string): Parameter {
  const wireName = p.language.default.serializedName ?? p.language.default.name;
  return {
    wireName,
    description: description(p.language),
    type: schemaToType(p.schema, `${where}/parameters/${wireName}`),
    required: p.required === true,
    collectionFormat: collectionFormat(p),
  };
}

function toResponses(r: M4Response, isError: boolean, where: string): Response[] {
  const http = r.protocol.http as unknown as {
    statusCodes: string[];
    knownMediaType?: string;
    headers?: Array<{ header: string; schema: Schema; language: M4Parameter["language"] }>;
  };
  const schema = (r as M4Response & { schema?: Schema }).schema;
  const body =
    http.knownMediaType === "binary"
      ? ({ kind: "binary" } as const)
      : schema
        ? schemaToType(schema, `${where}/responses`)
        : undefined;
  const headers: Parameter[] = (http.headers ?? []).map((h) => ({
    wireName: h.header,
    description: description(h.language),
    type: schemaToType(h.schema, `${where}/responses/headers/${h.header}`),
    required: false,
  }));
  return http.statusCodes.map((status) => ({
    status,
    description: description(r.language),
    body,
    headers,
    isError,
  }));
}

function pathOrder(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}

function toOperation(group: string, op: M4Operation): Operation {
  const request = op.requests?.[0];
  const http = request?.protocol.http as { path: string; method: string } | undefined;
  if (!request || !http) {
    throw new EmitterError("NO_REQUEST", `operation ${op.operationId ?? "?"} has no HTTP request`);
  }
  const where = operationPointer({ path: http.path, method: http.method as HttpMethod });
  for (const ext of UNSUPPORTED_OPERATION_EXTENSIONS) {
    if (op.extensions?.[ext]) throw new UnsupportedConstructError(ext, where);
  }
  const params = [...(op.parameters ?? []), ...(request.parameters ?? [])].filter(
    (p) => !SYNTHESIZED.has((p as M4Parameter & { origin?: string }).origin ?? ""),
  );
  // Client-level host and api-version parameters live on the client, not on each call.
  const isClientLevel = (p: M4Parameter): boolean =>
    p.implementation === ImplementationLocation.Client &&
    (p.protocol.http?.in === ParameterLocation.Uri ||
      p.language.default.serializedName === "api-version");
  const own = params.filter((p) => !isClientLevel(p));
  const byLocation = (loc: string): Parameter[] =>
    own.filter((p) => p.protocol.http?.in === loc).map((p) => toParameter(p, where));

  const pathParams = byLocation(ParameterLocation.Path);
  const order = pathOrder(http.path);
  pathParams.sort((a, b) => order.indexOf(a.wireName) - order.indexOf(b.wireName));

  const bodyParam = own.find((p) => p.protocol.http?.in === ParameterLocation.Body);
  let body: RequestBody | undefined;
  if (bodyParam) {
    const media = (request.protocol.http as { knownMediaType?: string; mediaTypes?: string[] })
      .knownMediaType;
    if (media && media !== "json" && media !== "binary" && media !== "text") {
      throw new UnsupportedConstructError(`request body of media type "${media}"`, where);
    }
    body = {
      type: media === "binary" ? { kind: "binary" } : schemaToType(bodyParam.schema, where),
      required: bodyParam.required === true,
      description: description(bodyParam.language),
      contentTypes: op.requests?.flatMap(
        (r) => (r.protocol.http as { mediaTypes?: string[] }).mediaTypes ?? [],
      ) ?? ["application/json"],
    };
  }

  return {
    operationId: op.operationId ?? `${group}_${op.language.default.name}`,
    group,
    name: op.language.default.name,
    method: http.method as HttpMethod,
    path: http.path,
    summary: (op.language.default as { summary?: string }).summary,
    description: description(op.language),
    pathParameters: pathParams,
    queryParameters: byLocation(ParameterLocation.Query),
    headerParameters: byLocation(ParameterLocation.Header),
    body,
    responses: [
      ...(op.responses ?? []).flatMap((r) => toResponses(r, false, where)),
      ...(op.exceptions ?? []).flatMap((r) => toResponses(r, true, where)),
    ],
  };
}

function toCredential(model: CodeModel): Credential {
  let headerName: string | undefined;
  let scopes: string[] | undefined;
  for (const scheme of model.security.schemes ?? []) {
    const s = scheme as { type: string; name?: string; in?: string; scopes?: string[] };
    if (s.type === "Key") {
      if (s.in !== "header") {
        throw new UnsupportedConstructError(`API key in "${s.in ?? "?"}"`, "#/securityDefinitions");
      }
      headerName = s.name;
    } else if (s.type === "OAuth2") {
      scopes = s.scopes ?? [];
    }
  }
  if (headerName && scopes) return { kind: "keyOrToken", headerName, scopes };
  if (headerName) return { kind: "key", headerName };
  if (scopes) return { kind: "token", scopes };
  return { kind: "none" };
}

function toHost(model: CodeModel, firstUri: string | undefined) {
  let template = firstUri ?? "";
  const hostParameters: HostParameter[] = [];
  for (const p of model.globalParameters ?? []) {
    if (p.protocol.http?.in !== ParameterLocation.Uri) continue;
    const name = p.language.default.serializedName ?? p.language.default.name;
    if (p.schema.type === SchemaType.Constant) {
      const value = String((p.schema as ConstantSchema).value.value);
      template = template.replace(`{${name}}`, value);
    } else if (name === "$host" && p.clientDefaultValue !== undefined) {
      // A plain `host` (no x-ms-parameterized-host) arrives as `{$host}` with a default.
      template = template.replace(`{${name}}`, String(p.clientDefaultValue));
    } else {
      // Like @autorest/typescript: a host parameter is a positional argument of createClient
      // (its default, if any, is not used).
      hostParameters.push({
        name,
        description: description(p.language),
        type: schemaToType(p.schema, "#/x-ms-parameterized-host"),
      });
    }
  }
  return { hostTemplate: template, hostParameters };
}

function apiVersionOf(model: CodeModel): string | undefined {
  const p = (model.globalParameters ?? []).find(
    (g) => g.language.default.serializedName === "api-version",
  );
  if (p?.schema.type !== SchemaType.Constant) return undefined;
  return String((p.schema as ConstantSchema).value.value);
}

export function fromCodeModel(model: CodeModel, settings: ClientSettings): ClientModel {
  const operations = (model.operationGroups ?? []).flatMap((g) =>
    g.operations.map((op) => toOperation(g.$key, op)),
  );
  const firstUri = (
    model.operationGroups?.[0]?.operations[0]?.requests?.[0]?.protocol.http as
      { uri?: string } | undefined
  )?.uri;
  const objects = (model.schemas.objects ?? []) as ObjectSchema[];
  return {
    clientName: settings.clientName,
    description: model.info.description,
    packageName: settings.packageName,
    packageVersion: settings.packageVersion,
    ...toHost(model, firstUri),
    apiVersion: apiVersionOf(model),
    credential: toCredential(model),
    operations,
    models: collectModels(objects, operations),
  };
}
