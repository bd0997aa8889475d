import {
  inputModelName,
  outputModelName,
  parametersTypeName,
  pathInterfaceNames,
  uniqueIdentifiers,
} from "../naming.js";
import type { ClientModel, GeneratedFile, Operation } from "../model/types.js";
import { docs } from "./docs.js";
import { withHeader } from "./header.js";
import { responseTypes } from "./responseSets.js";
import { importLine, typeText } from "./typeText.js";

export interface PathGroup {
  path: string;
  name: string;
  operations: Operation[];
}

/** Operations grouped by path, in spec order, each path with its interface name. */
export function pathGroups(model: Pick<ClientModel, "operations" | "models">): PathGroup[] {
  const byPath = new Map<string, Operation[]>();
  for (const op of model.operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
  const first = new Map([...byPath].map(([path, ops]) => [path, ops[0]!]));
  const taken = new Set(
    model.models.flatMap((m) => [inputModelName(m.name), outputModelName(m.name)]),
  );
  const names = pathInterfaceNames(first, taken);
  return [...byPath].map(([path, operations]) => ({ path, name: names.get(path)!, operations }));
}

function needsOptions(op: Operation): boolean {
  return (
    op.queryParameters.some((p) => p.required) ||
    op.headerParameters.some((p) => p.required) ||
    op.body?.required === true ||
    op.body?.contentTypeRequired === true
  );
}

function method(op: Operation): string {
  const optional = needsOptions(op) ? "" : "?";
  return `${docs(op.summary, op.description)}${op.method}(options${optional}: ${parametersTypeName(op)}): StreamableMethod<${responseTypes(op).all.join(" | ")}>;\n`;
}

function route(g: PathGroup): string {
  const params = g.operations[0]!.pathParameters;
  const ids = uniqueIdentifiers(
    params.map((p) => p.wireName),
    ["path"],
  );
  const args = params.map((p, i) => {
    // x-ms-skip-url-encoding: core-client encodes a plain string; `{ value, allowReserved: true }`
    // sends it as is.
    const type =
      typeText(p.type, "input") + (p.skipUrlEncoding ? " | PathParameterWithOptions" : "");
    return `, ${ids[i]}: ${type}`;
  });
  const verbs = [...new Set(g.operations.map((o) => o.method))].join(", ");
  const docPath = g.path.replace(/[{}]/g, (c) => `\\${c}`);
  const raw = params.filter((p) => p.skipUrlEncoding).map((p) => p.wireName);
  const note = raw.length
    ? `\n * Pass \`{ value, allowReserved: true }\` for ${raw.join(", ")} to send reserved characters unencoded (x-ms-skip-url-encoding).\n `
    : " ";
  return `/** Resource for '${docPath}' has methods for the following verbs: ${verbs}${note}*/\n(path: ${JSON.stringify(g.path)}${args.join("")}): ${g.name};\n`;
}

/** `clientDefinitions.ts`: path interfaces, `Routes`, and the client type. */
export function buildClientDefinitions(model: ClientModel): GeneratedFile {
  const groups = pathGroups(model);
  const params = model.operations.map(parametersTypeName);
  const responses = model.operations.flatMap((op) => responseTypes(op).all);
  const rawPaths = model.operations.some((op) => op.pathParameters.some((p) => p.skipUrlEncoding));
  const imports =
    importLine(params, "./parameters.js") +
    importLine(responses, "./responses.js") +
    importLine(
      ["Client", "StreamableMethod", ...(rawPaths ? ["PathParameterWithOptions"] : [])],
      "@azure-rest/core-client",
    );
  const interfaces = groups
    .map(
      (g) =>
        `${docs(`The operations on '${g.path.replace(/\{/g, "\\{").replace(/\}/g, "\\}")}'.`)}export interface ${g.name} {\n${g.operations.map(method).join("")}}\n`,
    )
    .join("\n");
  const routes = `${docs("The client's paths: `client.path(route, ...pathParameters)`.")}export interface Routes {\n${groups.map(route).join("")}}\n`;
  const client = `${docs(`The ${model.clientName} REST client: core-client's \`Client\` with typed paths.`)}export type ${model.clientName} = Client & {\n${docs("Typed access to the API's paths.")}path: Routes;\n};\n`;
  return {
    path: "clientDefinitions.ts",
    content: withHeader(`${imports}\n${interfaces}\n${routes}\n${client}`),
  };
}
