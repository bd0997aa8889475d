import type { Parameter as M4Parameter, Response as M4Response, Schema } from "@autorest/codemodel";
import { SchemaType } from "./codeModelEnums.js";
import { UnsupportedConstructError } from "../errors.js";
import { description } from "./codeModelText.js";
import { schemaToType } from "./schemaToType.js";
import type { Parameter, Response, TypeRef } from "./types.js";

interface HttpResponseProtocol {
  statusCodes: string[];
  knownMediaType?: string;
  headers?: Array<{ header: string; schema: Schema; language: M4Parameter["language"] }>;
}

function bodyOf(r: M4Response, where: string): TypeRef | undefined {
  const http = r.protocol.http as unknown as HttpResponseProtocol;
  if (http.knownMediaType === "binary") return { kind: "binary" };
  const schema = (r as M4Response & { schema?: Schema }).schema;
  return schema ? schemaToType(schema, `${where}/responses`) : undefined;
}

function sameType(a: TypeRef | undefined, b: TypeRef | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function merge(into: Response, next: Response): void {
  if (next.body && !into.body) into.body = next.body;
  else if (next.body && into.body && !sameType(into.body, next.body)) {
    const members = into.body.kind === "union" ? into.body.members : [into.body];
    if (!members.some((m) => sameType(m, next.body))) members.push(next.body);
    into.body = { kind: "union", members };
  }
  for (const h of next.headers) {
    if (!into.headers.some((x) => x.wireName.toLowerCase() === h.wireName.toLowerCase())) {
      into.headers.push(h);
    }
  }
}

/**
 * One response per status code. modelerfour makes one per media type (JSON and text for the
 * same 200, say); those are merged, the body typed as the union of what each carries.
 */
export function toResponses(
  responses: M4Response[],
  exceptions: M4Response[],
  where: string,
): Response[] {
  const byStatus = new Map<string, Response>();
  // A status the spec also produces as something other than XML (JSON beside XML, as many specs
  // offer both) is typed by that; a status that is XML only cannot be, and is refused.
  const isXml = (r: M4Response): boolean =>
    (r.protocol.http as unknown as HttpResponseProtocol).knownMediaType === "xml";
  const notXml = new Set(
    [...responses, ...exceptions]
      .filter((r) => !isXml(r))
      .flatMap((r) => (r.protocol.http as unknown as HttpResponseProtocol).statusCodes),
  );
  const add = (r: M4Response, isError: boolean): void => {
    const http = r.protocol.http as unknown as HttpResponseProtocol;
    if (isXml(r)) {
      const xmlOnly = http.statusCodes.find((status) => !notXml.has(status));
      if (xmlOnly === undefined) return;
      throw new UnsupportedConstructError("XML response body", `${where}/responses/${xmlOnly}`);
    }
    const body = bodyOf(r, where);
    for (const status of http.statusCodes) {
      for (const h of http.headers ?? []) {
        if (h.schema.type === SchemaType.Dictionary) {
          throw new UnsupportedConstructError(
            "a response header collection (x-ms-header-collection-prefix)",
            `${where}/responses/${status}/headers/${h.header}`,
          );
        }
      }
      const headers: Parameter[] = (http.headers ?? []).map((h) => ({
        wireName: h.header,
        description: description(h.language),
        type: schemaToType(h.schema, `${where}/responses/${status}/headers/${h.header}`),
        required: false,
      }));
      const next: Response = { status, description: description(r.language), headers, isError };
      if (body) next.body = body;
      const existing = byStatus.get(status);
      if (existing) merge(existing, next);
      else byStatus.set(status, next);
    }
  };
  for (const r of responses) add(r, false);
  for (const r of exceptions) add(r, true);
  return [...byStatus.values()];
}
