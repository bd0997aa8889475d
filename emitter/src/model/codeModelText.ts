import type { Parameter as M4Parameter } from "@autorest/codemodel";
import { SchemaType } from "./codeModelEnums.js";
import type { CollectionFormat } from "./types.js";

/** Trimmed description of a code-model node, or undefined when it has none. */
export function description(language: { default: { description?: string } }): string | undefined {
  const text = language.default.description?.trim();
  return text ? text : undefined;
}

/** The name a parameter has on the wire (x-ms-client-name only renames it for SDKs). */
export function wireName(p: M4Parameter): string {
  return p.language.default.serializedName ?? p.language.default.name;
}

export function collectionFormat(p: M4Parameter): CollectionFormat | undefined {
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
