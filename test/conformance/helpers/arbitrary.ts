/**
 * fast-check arbitraries of *valid* responses, generated from the Swagger schemas: the property
 * "every response the spec allows passes" checked on thousands of generated bodies rather than
 * on the five samples only.
 */
import fc from "fast-check";
import type { OpenAPIV2 } from "openapi-types";
import type { HeaderPresenceRule } from "../../../conformance/validator/headers/rules.js";
import type {
  HeaderModel,
  OperationModel,
  SpecDocument,
} from "../../../conformance/validator/spec/model.js";
import { enumOf, objectShape, resolveSchema } from "../../../conformance/validator/spec/resolve.js";
import { getByPointer } from "../../../conformance/validator/spec/pointer.js";
import type { ResponseInput } from "../../../conformance/validator/types.js";

export interface ArbitraryOptions {
  /** Below this depth, optional properties and array items are generated. Default 3. */
  readonly maxDepth?: number;
}

export function valueArbitrary(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  pointer: string,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const maxDepth = options.maxDepth ?? 3;
  const build = (
    node: OpenAPIV2.Schema,
    nodePointer: string,
    depth: number,
  ): fc.Arbitrary<unknown> => {
    const resolved = resolveSchema(spec, node, nodePointer);
    const arb = nonNull(resolved.schema, resolved.pointer, depth);
    return resolved.nullable ? fc.option(arb, { nil: null }) : arb;
  };
  const nonNull = (
    schema: OpenAPIV2.SchemaObject,
    at: string,
    depth: number,
  ): fc.Arbitrary<unknown> => {
    const enumeration = enumOf(schema);
    if (enumeration) {
      const known = fc.constantFrom(...enumeration.values);
      if (!enumeration.extensible) return known;
      const lower = new Set(enumeration.values.map((v) => String(v).toLowerCase()));
      // Unknown members are allowed; a known one in another case is not, so never generate it.
      return fc.oneof(
        known,
        fc.string({ maxLength: 12 }).filter((s) => !lower.has(s.toLowerCase())),
      );
    }
    switch (schema.type) {
      case "string":
        return stringArbitrary(schema);
      case "integer":
        return fc.integer({
          min: schema.minimum ?? (schema.format === "int64" ? Number.MIN_SAFE_INTEGER : -(2 ** 31)),
          max:
            schema.maximum ?? (schema.format === "int64" ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1),
        });
      case "number":
        return fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          min: schema.minimum,
          max: schema.maximum,
        });
      case "boolean":
        return fc.boolean();
      case "array": {
        const items = schema.items;
        if (!items || Array.isArray(items) || depth >= maxDepth) return fc.constant([]);
        return fc.array(build(items as OpenAPIV2.Schema, `${at}/items`, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
        });
      }
      case "object":
      case undefined: {
        const shape = objectShape(spec, { schema, pointer: at, nullable: false });
        if (shape.properties.size === 0) {
          if (schema.type === undefined) return fc.jsonValue({ maxDepth: 2 });
          return fc.dictionary(
            fc.string({ maxLength: 6 }),
            fc.oneof(fc.string(), fc.integer(), fc.boolean()),
            { maxKeys: 3 },
          );
        }
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, prop] of shape.properties) {
          if (!shape.required.has(name) && depth >= maxDepth) continue;
          record[name] = build(prop.schema, prop.pointer, depth + 1);
        }
        const requiredKeys = [...shape.required].filter((name) => name in record);
        return fc.record(record, { requiredKeys });
      }
      default:
        // `file`: any bytes; not produced by these specs.
        return fc.jsonValue({ maxDepth: 1 });
    }
  };
  return build(schema, pointer, 0);
}

function stringArbitrary(schema: OpenAPIV2.SchemaObject): fc.Arbitrary<string> {
  switch (schema.format) {
    case "date-time":
      return isoDate().map((d) => d.toISOString());
    case "date":
      return isoDate().map((d) => d.toISOString().slice(0, 10));
    case "url":
    case "uri":
      return fc.webUrl();
    case "uuid":
      return fc.uuid();
    default:
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 24 });
  }
}

/** Four-digit years only: RFC 3339 has no room for `+275760`. */
function isoDate(): fc.Arbitrary<Date> {
  return fc.date({
    min: new Date("0001-01-01T00:00:00Z"),
    max: new Date("9999-12-31T23:59:59Z"),
    noInvalidDate: true,
  });
}

const SEPARATORS: Readonly<Record<string, string>> = { csv: ",", ssv: " ", tsv: "\t", pipes: "|" };

/** A header's value as text: generated from its schema, arrays joined by `collectionFormat`. */
function headerArbitrary(spec: SpecDocument, header: HeaderModel): fc.Arbitrary<string> {
  const schema = header.schema as OpenAPIV2.SchemaObject;
  const separator =
    SEPARATORS[(header.schema.collectionFormat as string | undefined) ?? "csv"] ?? ",";
  return valueArbitrary(spec, schema, "/headers").map((value) =>
    Array.isArray(value) ? value.map(String).join(separator) : String(value),
  );
}

/**
 * Whole valid responses for one declared response: a status it covers, `Content-Type`, every
 * declared header either absent or valid (present when a rule requires it), and a valid body.
 */
export function responseArbitrary(
  operation: OperationModel,
  responseKey: string,
  rules: readonly HeaderPresenceRule[],
  options: ArbitraryOptions = {},
): fc.Arbitrary<ResponseInput> {
  const response = operation.responses.get(responseKey);
  if (!response) throw new RangeError(`${operation.operationId} has no response ${responseKey}`);
  const declared = new Set([...operation.responses.keys()]);
  const status =
    responseKey === "default"
      ? fc
          .integer({ min: response.errorOnly ? 400 : 100, max: 599 })
          .filter((s) => !declared.has(String(s)))
      : fc.constant(Number(responseKey));
  const body = response.schema
    ? valueArbitrary(operation.spec, response.schema, response.schemaPointer, options)
    : fc.constant(undefined);
  const headers = fc.record(
    Object.fromEntries(
      response.headers.map((h) => [
        h.name,
        fc.option(headerArbitrary(operation.spec, h), { nil: undefined }),
      ]),
    ),
  );
  const required = fc.record(
    Object.fromEntries(response.headers.map((h) => [h.name, headerArbitrary(operation.spec, h)])),
  );
  return fc.tuple(status, body, headers, required).map(([s, b, optional, always]) => {
    const out: Record<string, string> = {
      "Content-Type": operation.produces[0] ?? "application/json",
    };
    for (const header of response.headers) {
      const mustBe = rules.some(
        (r) =>
          r.operationId === operation.operationId &&
          r.response === responseKey &&
          r.header.toLowerCase() === header.lower &&
          (!r.when || getByPointer(b, r.when.pointer) === r.when.equals),
      );
      const value = mustBe ? always[header.name] : optional[header.name];
      if (value !== undefined) out[header.name] = value;
    }
    return { operationId: operation.operationId, status: s, headers: out, body: b };
  });
}
