import type { Operation as M4Operation, Parameter as M4Parameter } from "@autorest/codemodel";
import { ImplementationLocation, ParameterLocation, SchemaType } from "./codeModelEnums.js";
import { EmitterError, UnsupportedConstructError } from "../errors.js";
import { operationPointer } from "../naming.js";
import { toBody } from "./bodies.js";
import { collectionFormat, description, wireName } from "./codeModelText.js";
import { toResponses } from "./responses.js";
import { schemaToType } from "./schemaToType.js";
import type { HttpMethod, LongRunning, Operation, Paging, Parameter } from "./types.js";

/** modelerfour adds Accept/Content-Type; RLCs leave both to core-client. */
const SYNTHESIZED = new Set([
  "modelerfour:synthesized/accept",
  "modelerfour:synthesized/content-type",
]);

const FINAL_STATE_VIA = new Set([
  "azure-async-operation",
  "location",
  "original-uri",
  "operation-location",
]);

/**
 * Host parameters (`x-ms-parameterized-host`) and the query api-version: arguments of
 * createClient, never of a call. A host parameter declared per operation is one too, because
 * an RLC has one endpoint per client.
 */
export function isClientArgument(p: M4Parameter): boolean {
  if (p.protocol.http?.in === ParameterLocation.Uri) return true;
  return (
    p.implementation === ImplementationLocation.Client &&
    wireName(p) === "api-version" &&
    p.protocol.http?.in === ParameterLocation.Query
  );
}

function toParameter(p: M4Parameter, where: string): Parameter {
  const name = wireName(p);
  if (p.schema.type === SchemaType.Dictionary || p.extensions?.["x-ms-header-collection-prefix"]) {
    // One header per key (x-ms-meta-*): an RLC header bag would send "[object Object]".
    throw new UnsupportedConstructError(
      "a dictionary parameter (x-ms-header-collection-prefix)",
      `${where}/parameters/${name}`,
    );
  }
  const http = p.protocol.http as { skipUriEncoding?: boolean } | undefined;
  const skip = http?.skipUriEncoding === true || p.extensions?.["x-ms-skip-url-encoding"] === true;
  return {
    wireName: name,
    description: description(p.language),
    type: schemaToType(p.schema, `${where}/parameters/${name}`),
    required: p.required === true,
    collectionFormat: collectionFormat(p),
    ...(skip ? { skipUrlEncoding: true } : {}),
  };
}

function pathOrder(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}

function longRunning(op: M4Operation, where: string): LongRunning | undefined {
  if (!op.extensions?.["x-ms-long-running-operation"]) return undefined;
  const options = op.extensions["x-ms-long-running-operation-options"] as
    { "final-state-via"?: string } | undefined;
  const via = options?.["final-state-via"];
  if (via === undefined) return {};
  if (!FINAL_STATE_VIA.has(via)) {
    throw new UnsupportedConstructError(
      `final-state-via "${via}"`,
      `${where}/x-ms-long-running-operation-options`,
    );
  }
  return { finalStateVia: via as LongRunning["finalStateVia"] };
}

function paging(op: M4Operation): Paging | undefined {
  const p = (
    op.language.default as { paging?: { itemName?: string; nextLinkName?: string | null } }
  ).paging;
  if (!p) return undefined;
  return {
    itemName: p.itemName ?? "value",
    ...(p.nextLinkName ? { nextLinkName: p.nextLinkName } : {}),
  };
}

/** Every parameter of the operation once: its own, then each request's (bodies excluded). */
function parametersOf(op: M4Operation): M4Parameter[] {
  const seen = new Set<string>();
  const all: M4Parameter[] = [];
  for (const p of [
    ...(op.parameters ?? []),
    ...(op.requests ?? []).flatMap((r) => r.parameters ?? []),
  ]) {
    const origin = (p as M4Parameter & { origin?: string }).origin ?? "";
    if (SYNTHESIZED.has(origin) || p.protocol.http?.in === ParameterLocation.Body) continue;
    const key = `${p.protocol.http?.in ?? "none"} ${wireName(p)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(p);
  }
  return all;
}

export function toOperation(group: string, op: M4Operation): Operation {
  const request = op.requests?.[0];
  const http = request?.protocol.http as { path: string; method: string } | undefined;
  if (!request || !http) {
    throw new EmitterError("NO_REQUEST", `operation ${op.operationId ?? "?"} has no HTTP request`);
  }
  const where = operationPointer({ path: http.path, method: http.method as HttpMethod });
  const own = parametersOf(op).filter((p) => !isClientArgument(p));
  const byLocation = (loc: string): Parameter[] =>
    own.filter((p) => p.protocol.http?.in === loc).map((p) => toParameter(p, where));

  const pathParams = byLocation(ParameterLocation.Path);
  // core-client fills a route's placeholders in order by /\{[\w-]+\}/: `{pet.id}` is never
  // filled, and its value lands in the next placeholder. A client that builds wrong URLs is
  // worse than none.
  const unfillable = pathParams.find((p) => !/^[\w-]+$/.test(p.wireName));
  if (unfillable) {
    throw new UnsupportedConstructError(
      `a path parameter named ${JSON.stringify(unfillable.wireName)} (core-client fills only {names} of letters, digits, _ and -)`,
      `${where}/parameters/${unfillable.wireName.replace(/~/g, "~0").replace(/\//g, "~1")}`,
    );
  }
  const order = pathOrder(http.path);
  pathParams.sort((a, b) => order.indexOf(a.wireName) - order.indexOf(b.wireName));

  const lro = longRunning(op, where);
  const pages = paging(op);
  if (lro && pages) {
    throw new UnsupportedConstructError("x-ms-pageable on a long-running operation", where);
  }
  const body = toBody(op.requests ?? [], where);
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
    ...(body ? { body } : {}),
    responses: toResponses(op.responses ?? [], op.exceptions ?? [], where),
    ...(lro ? { longRunning: lro } : {}),
    ...(pages ? { paging: pages } : {}),
  };
}
