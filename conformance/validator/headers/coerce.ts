/**
 * A header value is always text on the wire; the spec types it. This turns the text into the
 * declared type when it is a valid spelling of one, and otherwise leaves the text as is, so that
 * the compiled schema then reports `INVALID_TYPE` (e.g. `Retry-After: soon`).
 */
import { target, type SchemaNode } from "../spec/model.js";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SEPARATORS: Readonly<Record<string, string>> = { csv: ",", ssv: " ", tsv: "\t", pipes: "|" };

export function coerceHeader(text: string, schema: SchemaNode, collectionFormat = "csv"): unknown {
  // RFC 9110 §5.5: leading and trailing whitespace is not part of the field value.
  const value = text.trim();
  const node = target(schema);
  switch (node.type) {
    case "integer":
      return isIntegerLiteral(value) ? Number(value) : value;
    case "number":
      return NUMBER.test(value) ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "array": {
      const separator = SEPARATORS[collectionFormat] ?? ",";
      const items = node.items;
      if (value === "") return [];
      const parts = value.split(separator);
      return items ? parts.map((part) => coerceHeader(part, items)) : parts;
    }
    default:
      return value;
  }
}

/** `[+-]?digits`: what `Number()` reads exactly as written (no `0x`, exponent or blank). */
function isIntegerLiteral(text: string): boolean {
  const first = text.charCodeAt(0);
  let i = first === 43 /* + */ || first === 45 /* - */ ? 1 : 0;
  if (i === text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
