/**
 * A header value is always text on the wire; the spec types it. This turns the text into the
 * declared type when it is a valid spelling of one, and otherwise leaves the text as is, so that
 * the compiled schema then reports `INVALID_TYPE` (e.g. `Retry-After: soon`).
 */
import type { OpenAPIV2 } from "openapi-types";

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SEPARATORS: Readonly<Record<string, string>> = { csv: ",", ssv: " ", tsv: "\t", pipes: "|" };

export function coerceHeader(text: string, schema: OpenAPIV2.ItemsObject): unknown {
  // RFC 9110 §5.5: leading and trailing whitespace is not part of the field value.
  const value = text.trim();
  switch (schema.type) {
    case "integer":
      return INTEGER.test(value) ? Number(value) : value;
    case "number":
      return NUMBER.test(value) ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "array": {
      const separator = SEPARATORS[(schema.collectionFormat as string | undefined) ?? "csv"] ?? ",";
      const items = (schema.items ?? { type: "string" }) as OpenAPIV2.ItemsObject;
      return value === "" ? [] : value.split(separator).map((part) => coerceHeader(part, items));
    }
    default:
      return value;
  }
}
