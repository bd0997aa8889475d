import type {
  CodeModel,
  ConstantSchema,
  Operation as M4Operation,
  Parameter as M4Parameter,
} from "@autorest/codemodel";
import { ParameterLocation, SchemaType } from "./codeModelEnums.js";
import { UnsupportedConstructError } from "../errors.js";
import { description, wireName } from "./codeModelText.js";
import { schemaToType } from "./schemaToType.js";
import type { HostParameter } from "./types.js";

function uriOf(op: M4Operation): string | undefined {
  return (op.requests?.[0]?.protocol.http as { uri?: string } | undefined)?.uri;
}

/**
 * The endpoint template and the createClient arguments that fill it: client-level host
 * parameters and those an operation declares (`x-ms-parameter-location: method`), each once,
 * in template order.
 */
export function toHost(model: CodeModel, operations: M4Operation[]) {
  const uris = [...new Set(operations.map(uriOf).filter((u): u is string => u !== undefined))];
  if (uris.length > 1) {
    throw new UnsupportedConstructError(
      `operations on different hosts (${uris.join(", ")})`,
      "#/x-ms-parameterized-host",
    );
  }
  let template = uris[0] ?? "";
  const candidates: M4Parameter[] = [
    ...(model.globalParameters ?? []),
    ...operations.flatMap((op) => op.parameters ?? []),
  ].filter((p) => p.protocol.http?.in === ParameterLocation.Uri);
  const byName = new Map<string, M4Parameter>();
  for (const p of candidates) if (!byName.has(wireName(p))) byName.set(wireName(p), p);

  const hostParameters: HostParameter[] = [];
  for (const [name, p] of byName) {
    if (!template.includes(`{${name}}`)) continue;
    if (p.schema.type === SchemaType.Constant) {
      const value = String((p.schema as ConstantSchema).value.value);
      template = template.split(`{${name}}`).join(value);
    } else if (name === "$host" && p.clientDefaultValue !== undefined) {
      // A plain `host` (no x-ms-parameterized-host) arrives as `{$host}` with a default.
      template = template.split(`{${name}}`).join(String(p.clientDefaultValue));
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
  const declared = new Set(hostParameters.map((p) => p.name));
  const left = [...template.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1]!)
    .filter((name) => !declared.has(name));
  if (left.length) {
    throw new UnsupportedConstructError(
      `host template parameter {${left.join("}, {")}} with no declaration`,
      "#/x-ms-parameterized-host",
    );
  }
  const position = (name: string): number => (uris[0] ?? "").indexOf(`{${name}}`);
  hostParameters.sort((a, b) => position(a.name) - position(b.name));
  if (template === "") return NO_HOST;
  return { hostTemplate: template, hostParameters };
}

/**
 * A spec with no `host` (OAI's api-with-examples), or a `host` but no `schemes`: modelerfour
 * hands over no endpoint at all, and a client built on `""` would throw on its first call. The
 * endpoint is then the caller's, a required first argument, as with `x-ms-parameterized-host`.
 */
const NO_HOST = {
  hostTemplate: "{endpoint}",
  hostParameters: [
    {
      name: "endpoint",
      description: "The service endpoint, e.g. https://example.com (the spec names none).",
      type: { kind: "string" },
    },
  ] as HostParameter[],
};
