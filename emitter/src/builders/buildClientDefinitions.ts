import { parameterIdentifier, parametersTypeName, pathInterfaceName } from "../naming.js";
import type { ClientModel, GeneratedFile, Operation } from "../model/types.js";
import { docs } from "./docs.js";
import { withHeader } from "./header.js";
import { responseTypes } from "./responseSets.js";
import { importLine, typeText } from "./typeText.js";

interface PathGroup {
  path: string;
  name: string;
  operations: Operation[];
}

/** Operations grouped by path, in spec order; a path's interface is named after its first one. */
export function pathGroups(operations: Operation[]): PathGroup[] {
  const groups = new Map<string, PathGroup>();
  const used = new Map<string, number>();
  for (const op of operations) {
    const existing = groups.get(op.path);
    if (existing) {
      existing.operations.push(op);
      continue;
    }
    const base = pathInterfaceName(op);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    groups.set(op.path, { path: op.path, name: n === 1 ? base : `${base}${n}`, operations: [op] });
  }
  return [...groups.values()];
}

function needsOptions(op: Operation): boolean {
  return (
    op.queryParameters.some((p) => p.required) ||
    op.headerParameters.some((p) => p.required) ||
    op.body?.required === true
  );
}

function method(op: Operation): string {
  const optional = needsOptions(op) ? "" : "?";
  return `${docs(op.summary, op.description)}${op.method}(options${optional}: ${parametersTypeName(op)}): StreamableMethod<${responseTypes(op).all.join(" | ")}>;\n`;
}

function route(g: PathGroup): string {
  const first = g.operations[0]!;
  const args = first.pathParameters.map(
    (p) => `, ${parameterIdentifier(p.wireName)}: ${typeText(p.type, "input")}`,
  );
  const verbs = g.operations.map((o) => o.method).join(", ");
  const docPath = g.path.replace(/[{}]/g, (c) => `\\${c}`);
  return `/** Resource for '${docPath}' has methods for the following verbs: ${verbs} */\n(path: ${JSON.stringify(g.path)}${args.join("")}): ${g.name};\n`;
}

/** `clientDefinitions.ts`: path interfaces, `Routes`, and the client type. */
export function buildClientDefinitions(model: ClientModel): GeneratedFile {
  const groups = pathGroups(model.operations);
  const params = model.operations.map(parametersTypeName);
  const responses = model.operations.flatMap((op) => responseTypes(op).all);
  const imports =
    importLine(params, "./parameters.js") +
    importLine(responses, "./responses.js") +
    importLine(["Client", "StreamableMethod"], "@azure-rest/core-client");
  const interfaces = groups
    .map((g) => `export interface ${g.name} {\n${g.operations.map(method).join("")}}\n`)
    .join("\n");
  const routes = `export interface Routes {\n${groups.map(route).join("")}}\n`;
  const client = `export type ${model.clientName} = Client & {\npath: Routes;\n};\n`;
  return {
    path: "clientDefinitions.ts",
    content: withHeader(`${imports}\n${interfaces}\n${routes}\n${client}`),
  };
}
