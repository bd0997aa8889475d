/**
 * fast-check arbitraries of *valid* responses, generated from the Swagger schemas: the property
 * "every response the spec allows passes" checked on thousands of generated bodies rather than
 * on the five samples only.
 */
import fc from "fast-check";
import type { HeaderPresenceRule } from "../../../conformance/validator/headers/rules.js";
import {
  target,
  type HeaderModel,
  type OperationModel,
  type ResponseModel,
  type SchemaNode,
} from "../../../conformance/validator/spec/model.js";
import { getByPointer } from "../../../conformance/validator/spec/pointer.js";
import { defaultCoversErrorsOnly } from "../../../conformance/validator/status.js";
import type { ResponseInput } from "../../../conformance/validator/types.js";

export interface ArbitraryOptions {
  /** Below this depth, optional properties and array items are generated. Default 3. */
  readonly maxDepth?: number;
}

export function valueArbitrary(
  schema: SchemaNode,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const maxDepth = options.maxDepth ?? 3;
  const build = (use: SchemaNode, depth: number, plain = false): fc.Arbitrary<unknown> => {
    const node = target(use);
    const poly = node.polymorphism;
    const arb =
      poly && !plain
        ? // Any variant, its discriminator set to the value that names it.
          fc.oneof(
            ...[...poly.variants].map(([value, variant]) =>
              build(variant, depth, true).map((v) =>
                v !== null && typeof v === "object" ? { ...v, [poly.property]: value } : v,
              ),
            ),
          )
        : nonNull(node, depth);
    return use.nullable ? fc.option(arb, { nil: null }) : arb;
  };
  const nonNull = (schema: SchemaNode, depth: number): fc.Arbitrary<unknown> => {
    const enumeration = schema.enum;
    if (enumeration) {
      const known = fc.constantFrom(...enumeration.values.filter((v) => v !== null));
      if (!enumeration.extensible || schema.type !== "string") return known;
      const lower = new Set(enumeration.values.map((v) => String(v).toLowerCase()));
      // Unknown members are allowed; a known one in another case is not, so never generate it.
      return fc.oneof(
        known,
        fc.string({ maxLength: 12 }).filter((s) => !lower.has(s.toLowerCase())),
      );
    }
    const union = schema.typeUnion;
    if (union) {
      // One of the listed types (only null for an empty list, which `build` adds when nullable).
      if (union.length === 0) return fc.constant(null);
      return fc.oneof(
        ...union.map((type) => nonNull({ ...schema, type, typeUnion: undefined }, depth)),
      );
    }
    const limit = (name: string): number | undefined => {
      const value = schema.constraints[name];
      return typeof value === "number" ? value : undefined;
    };
    switch (schema.type) {
      case "string":
        return stringArbitrary(schema);
      case "integer":
        return fc.integer({
          min:
            limit("minimum") ?? (schema.format === "int64" ? Number.MIN_SAFE_INTEGER : -(2 ** 31)),
          max:
            limit("maximum") ?? (schema.format === "int64" ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1),
        });
      case "number":
        return fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          min: limit("minimum"),
          max: limit("maximum"),
        });
      case "boolean":
        return fc.boolean();
      case "array": {
        const { items } = schema;
        const minItems = limit("minItems") ?? 0;
        if (!items || depth >= maxDepth) return fc.constant([]);
        return fc.array(build(items, depth + 1), {
          minLength: minItems,
          maxLength: Math.max(minItems, Math.min(limit("maxItems") ?? 3, 3)),
        });
      }
      case "object":
      case undefined: {
        const { properties, required } = schema.shape;
        const extra = schema.additionalProperties;
        if (properties.size === 0) {
          if (typeof extra === "object") {
            return depth >= maxDepth
              ? fc.constant({})
              : fc.dictionary(fc.string({ maxLength: 6 }), build(extra, depth + 1), { maxKeys: 3 });
          }
          if (extra === false) return fc.constant({});
          if (schema.type === undefined && schema.allOf.length === 0)
            return fc.jsonValue({ maxDepth: 2 });
          return fc.dictionary(
            fc.string({ maxLength: 6 }),
            fc.oneof(fc.string(), fc.integer(), fc.boolean()),
            { maxKeys: 3 },
          );
        }
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, prop] of properties) {
          if (!required.has(name) && depth >= maxDepth) continue;
          record[name] = build(prop, depth + 1);
        }
        const requiredKeys = [...required].filter((name) => name in record);
        return fc.record(record, { requiredKeys });
      }
      default:
        // `file`: any bytes.
        return fc.jsonValue({ maxDepth: 1 });
    }
  };
  return build(schema, 0);
}

function stringArbitrary(schema: SchemaNode): fc.Arbitrary<string> {
  switch (schema.format) {
    case "date-time":
      return isoDate().map((d) => d.toISOString());
    case "date":
      return isoDate().map((d) => d.toISOString().slice(0, 10));
    case "url":
    case "uri":
      return urlArbitrary();
    case "uuid":
      return fc.uuid();
    default:
      if (typeof schema.constraints.pattern === "string") {
        return fc.stringMatching(new RegExp(schema.constraints.pattern));
      }
      return fc.string({
        minLength: (schema.constraints.minLength as number | undefined) ?? 0,
        maxLength: (schema.constraints.maxLength as number | undefined) ?? 24,
      });
  }
}

/**
 * Absolute https URLs. Not `fc.webUrl()`: building it costs seconds per test file, and the
 * validator only needs an absolute URL, not every shape of one.
 */
function urlArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/),
      fc.array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/), { maxLength: 3 }),
    )
    .map(([host, parts]) => `https://${host}.example.com/${parts.join("/")}`);
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
function headerArbitrary(header: HeaderModel): fc.Arbitrary<string> {
  const separator = SEPARATORS[header.collectionFormat] ?? ",";
  return valueArbitrary(header.schema).map((value) =>
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
          // 1xx, 204 and 304 carry no content: a body generated for them would be a violation.
          .integer({ min: defaultCoversErrorsOnly(operation) ? 400 : 200, max: 599 })
          .filter((s) => !declared.has(String(s)) && s !== 204 && s !== 304)
      : fc.constant(Number(responseKey));
  const body = response.schema ? valueArbitrary(response.schema, options) : fc.constant(undefined);
  const headers = fc.record(
    Object.fromEntries(
      response.headers.map((h) => [h.name, fc.option(headerArbitrary(h), { nil: undefined })]),
    ),
  );
  const required = fc.record(
    Object.fromEntries(response.headers.map((h) => [h.name, headerArbitrary(h)])),
  );
  return fc.tuple(status, body, headers, required).map(([s, b, optional, always]) => {
    const out: Record<string, string> = { "Content-Type": contentTypeFor(operation, response) };
    for (const header of response.headers) {
      // A declared Content-Type (Maps Render declares one) is the one above, from `produces`.
      if (header.lower === "content-type") continue;
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

/**
 * The first of `produces`; for a wildcard (`*\/*`, `text/*`) a type it covers: text for a string
 * schema (a string handed over is then the text itself), else JSON.
 */
function contentTypeFor(operation: OperationModel, response: ResponseModel): string {
  const first = operation.produces[0] ?? "application/json";
  if (!first.includes("*")) return first;
  return response.schema && target(response.schema).type === "string"
    ? "text/plain"
    : "application/json";
}
