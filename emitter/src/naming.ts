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

/** `Dataset_GetOperation` → `DatasetGetOperation`: the prefix of every per-operation type. */
export function operationBaseName(op: Pick<Operation, "group" | "name">): string {
  return `${pascalCase(op.group)}${pascalCase(op.name)}`;
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

/** Path interfaces drop the group: `Dataset_GetOperation` → `GetOperation`. */
export const pathInterfaceName = (op: Operation): string => pascalCase(op.name);

export const outputModelName = (model: string): string => `${pascalCase(model)}Output`;
export const inputModelName = (model: string): string => pascalCase(model);

export const clientOptionsName = (clientName: string): string => `${clientName}Options`;
export const clientFileBase = (clientName: string): string => camelCase(clientName);

/** A path template or host parameter as a TypeScript parameter name. */
export function parameterIdentifier(wireName: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName) ? wireName : camelCase(wireName);
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
