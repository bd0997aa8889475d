/** Every generated name comes from here, so output names stay stable and consistent. */

import type { Operation } from "./model/types.js";

function words(raw: string): string[] {
  return raw.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

export function pascalCase(raw: string): string {
  return words(raw)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

export function camelCase(raw: string): string {
  const p = pascalCase(raw);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/**
 * `Dataset_GetOperation` → `DatasetGetOperation`: the prefix of every per-operation type, unless
 * `typePrefix` says otherwise (see `typePrefixAvoiding`).
 */
export function operationBaseName(op: Pick<Operation, "group" | "name" | "typePrefix">): string {
  return op.typePrefix ?? `${pascalCase(op.group)}${pascalCase(op.name)}`;
}

export const parametersTypeName = (op: Operation): string => `${operationBaseName(op)}Parameters`;
export const queryParamName = (op: Operation): string => `${operationBaseName(op)}QueryParam`;
export const queryPropertiesName = (op: Operation): string =>
  `${operationBaseName(op)}QueryParamProperties`;
export const headersName = (op: Operation): string => `${operationBaseName(op)}Headers`;
export const headerParamName = (op: Operation): string => `${operationBaseName(op)}HeaderParam`;
export const bodyParamName = (op: Operation): string => `${operationBaseName(op)}BodyParam`;
export const mediaTypesParamName = (op: Operation): string =>
  `${operationBaseName(op)}MediaTypesParam`;

function statusPart(status: string): string {
  return status === "default" ? "Default" : status;
}

export const responseTypeName = (op: Operation, status: string): string =>
  `${operationBaseName(op)}${statusPart(status)}Response`;
export const responseHeadersName = (op: Operation, status: string): string =>
  `${operationBaseName(op)}${statusPart(status)}Headers`;

/** The final result of a long-running operation, as `getLongRunningPoller` resolves it. */
export const logicalResponseName = (op: Operation): string =>
  `${operationBaseName(op)}LogicalResponse`;

/** One part of a multipart body: `Files_Upload` + `file` → `FilesUploadFilePartDescriptor`. */
export const formPartName = (op: Operation, field: string): string =>
  `${operationBaseName(op)}${pascalCase(field)}PartDescriptor`;

/** Every type name an operation declares, from its prefix. */
export function operationTypeNames(op: Operation): string[] {
  return [
    parametersTypeName(op),
    queryParamName(op),
    queryPropertiesName(op),
    headersName(op),
    headerParamName(op),
    bodyParamName(op),
    mediaTypesParamName(op),
    logicalResponseName(op),
    ...op.responses.flatMap((r) => [
      responseTypeName(op, r.status),
      responseHeadersName(op, r.status),
    ]),
    ...(op.body?.formFields ?? []).map((f) => formPartName(op, f.wireName)),
  ];
}

/**
 * The prefix an operation's types take so that none has a model's name: its own when none
 * would (nearly always), else with `Operation` appended, then a number. A spec that names a body
 * model `RestoreParameters` beside an operation `Restore` (KeyVault's `SelectiveKeyRestoreOperation`
 * does) keeps the model's name, which callers see in the spec; the options type gives way.
 * Only model names count, so a name still never depends on where an operation sits.
 */
export function typePrefixAvoiding(
  op: Operation,
  modelNames: ReadonlySet<string>,
): string | undefined {
  const clashes = (prefix: string | undefined) =>
    operationTypeNames({ ...op, typePrefix: prefix }).some((n) => modelNames.has(n));
  if (!clashes(op.typePrefix)) return op.typePrefix;
  const base = `${operationBaseName(op)}Operation`;
  for (let i = 1; ; i++) {
    const prefix = i === 1 ? base : `${base}${i}`;
    if (!clashes(prefix)) return prefix;
  }
}

/** Every name the models of a client declare, input and output, parents included. */
export function modelTypeNames(models: readonly { name: string }[]): Set<string> {
  return new Set(
    models.flatMap((m) => [
      inputModelName(m.name),
      outputModelName(m.name),
      inputParentName(m.name),
      outputParentName(m.name),
    ]),
  );
}

/**
 * Path interface names, one per path (keyed by path), each named after the path's first
 * operation without its group (`Dataset_GetOperation` → `GetOperation`). Where two paths would
 * share a name, or a path would take a model's name, every one of them keeps its group
 * (`WidgetsGet`, `GadgetsGet`): a name never depends on where an operation sits in the spec,
 * only on whether another operation claims the same name.
 */
export function pathInterfaceNames(
  firstOperations: ReadonlyMap<string, Pick<Operation, "group" | "name">>,
  taken: ReadonlySet<string>,
): Map<string, string> {
  const count = new Map<string, number>();
  for (const op of firstOperations.values()) {
    const base = pascalCase(op.name);
    count.set(base, (count.get(base) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const [path, op] of firstOperations) {
    const base = pascalCase(op.name);
    const clash = (count.get(base) ?? 0) > 1 || taken.has(base);
    names.set(path, clash ? operationBaseName(op) : base);
  }
  return names;
}

export const outputModelName = (model: string): string => `${pascalCase(model)}Output`;
export const inputModelName = (model: string): string => pascalCase(model);
/** The common part of a polymorphic model, which its subtypes extend. */
export const outputParentName = (model: string): string => `${outputModelName(model)}Parent`;
export const inputParentName = (model: string): string => `${inputModelName(model)}Parent`;

export const clientOptionsName = (clientName: string): string => `${clientName}Options`;
export const clientFileBase = (clientName: string): string => camelCase(clientName);

// Words a parameter may not be called in a TypeScript signature (strict mode).
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this " +
    "throw true try typeof var void while with implements interface let package private " +
    "protected public static yield await arguments eval"
  ).split(" "),
);

/** A path template or host parameter as a TypeScript parameter name. */
export function parameterIdentifier(wireName: string): string {
  const id = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName) ? wireName : camelCase(wireName);
  if (!id || /^[0-9]/.test(id)) return `param${pascalCase(wireName)}`;
  return RESERVED.has(id) ? `${id}Param` : id;
}

/**
 * Identifiers for parameters that share one signature, none equal to another or to a name the
 * signature already uses (`path` in `Routes`, `credentials` and `options` in createClient).
 */
export function uniqueIdentifiers(wireNames: string[], used: Iterable<string>): string[] {
  const taken = new Set(used);
  return wireNames.map((wire) => {
    let id = parameterIdentifier(wire);
    if (taken.has(id)) id = `${id}Param`;
    for (let n = 2; taken.has(id); n++) id = `${parameterIdentifier(wire)}Param${n}`;
    taken.add(id);
    return id;
  });
}

/** `@azure-rest/maps-render` → `maps-render`: the logger namespace. */
export function packageShortName(packageName: string): string {
  return packageName.replace(/^@[^/]+\//, "");
}

/** The user-agent prefix @autorest/typescript writes: `azsdk-js-maps-render-rest/1.0.0`. */
export function userAgentInfo(packageName: string, version: string): string {
  return `azsdk-js-${packageShortName(packageName)}-rest/${version}`;
}

/** `responseMap` key and JSON pointer segment for an operation. */
export const routeKey = (op: Operation): string => `${op.method.toUpperCase()} ${op.path}`;

export function operationPointer(op: Pick<Operation, "method" | "path">): string {
  return `#/paths/${op.path.replace(/~/g, "~0").replace(/\//g, "~1")}/${op.method}`;
}

export const definitionPointer = (name: string): string => `#/definitions/${name}`;

/**
 * A regular expression (as a literal) that matches the end of a request URL path for a route:
 * `/jobs/{jobName}:run` → `/\/jobs\/[^/]+:run$/`. Used by the helpers that must know which
 * operation a response came from.
 */
export function routePattern(path: string): string {
  const source = path
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("[^/]+");
  return `/${source}$/`;
}
