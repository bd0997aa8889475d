import { SchemaEmitter } from "../../../../conformance/validator/schema/emit.js";
import { nodeOf } from "../helpers/specs.js";

/** The draft-04 schema `emit.ts` writes for a body schema, and the named schemas it refers to. */
function emit(schema: unknown, definitions: Record<string, unknown> = {}) {
  const emitter = new SchemaEmitter();
  const root = emitter.use(nodeOf(schema, definitions));
  return { root, named: Object.fromEntries(emitter.named) };
}

describe("emit: a normalised schema as draft-04 JSON Schema", () => {
  test.each<[string, { given: [unknown, Record<string, unknown>?]; want: unknown }]>([
    [
      "a $ref names the definition's own schema; its siblings are dropped",
      {
        given: [
          { $ref: "#/definitions/A", description: "d", readOnly: true },
          { A: { type: "string" } },
        ],
        want: { root: { $ref: "urn:swagger:0" }, named: { "urn:swagger:0": { type: "string" } } },
      },
    ],
    [
      "a nullable $ref is wrapped, marked for toViolations",
      {
        given: [{ $ref: "#/definitions/A", "x-nullable": true }, { A: { type: "string" } }],
        want: {
          root: { "x-nullable": true, anyOf: [{ type: "null" }, { $ref: "urn:swagger:0" }] },
          named: { "urn:swagger:0": { type: "string" } },
        },
      },
    ],
    [
      "a $ref to a nullable definition needs no wrapper",
      {
        given: [{ $ref: "#/definitions/A" }, { A: { type: "string", "x-nullable": true } }],
        want: {
          root: { $ref: "urn:swagger:0" },
          named: { "urn:swagger:0": { type: ["string", "null"] } },
        },
      },
    ],
    // Regression: ajv's uniqueItems compares every pair of object items, a minute for a 600 KB
    // array within the body limits; x-unique-items hashes each item once.
    [
      "uniqueItems: true is checked by x-unique-items, not ajv's quadratic keyword",
      {
        given: [{ type: "array", items: { type: "object" }, uniqueItems: true, maxItems: 9 }],
        want: {
          root: { type: "array", items: { type: "object" }, maxItems: 9, "x-unique-items": true },
          named: {},
        },
      },
    ],
    [
      "uniqueItems: false is no keyword at all",
      {
        given: [{ type: "array", items: { type: "string" }, uniqueItems: false }],
        want: { root: { type: "array", items: { type: "string" } }, named: {} },
      },
    ],
    [
      "x-nullable widens type and a closed enum",
      {
        given: [{ type: "string", enum: ["a"], "x-nullable": true }],
        want: { root: { type: ["string", "null"], enum: ["a", null] }, named: {} },
      },
    ],
    [
      "x-nullable on an allOf wraps it",
      {
        given: [
          { type: "object", allOf: [{ $ref: "#/definitions/A" }], "x-nullable": true },
          { A: { type: "object" } },
        ],
        want: {
          root: {
            "x-nullable": true,
            anyOf: [{ type: "null" }, { type: "object", allOf: [{ $ref: "urn:swagger:0" }] }],
          },
          named: { "urn:swagger:0": { type: "object" } },
        },
      },
    ],
    [
      "an extensible enum keeps its known strings in x-ms-enum",
      {
        given: [
          { type: "string", enum: ["A", "B"], "x-ms-enum": { name: "E", modelAsString: true } },
        ],
        want: { root: { type: "string", "x-ms-enum": ["A", "B"] }, named: {} },
      },
    ],
    [
      "x-ms-enum values stand in for a missing enum",
      {
        given: [
          {
            type: "string",
            "x-ms-enum": { name: "E", modelAsString: false, values: [{ value: "A" }] },
          },
        ],
        want: { root: { type: "string", enum: ["A"] }, named: {} },
      },
    ],
    [
      "an extensible integer enum checks the type only",
      {
        given: [{ type: "integer", enum: [1, 2], "x-ms-enum": { name: "N", modelAsString: true } }],
        want: { root: { type: "integer" }, named: {} },
      },
    ],
    [
      "formats are lower-cased, unknown ones dropped",
      {
        given: [
          {
            type: "object",
            properties: {
              a: { type: "integer", format: "Int32" },
              b: { type: "string", format: "guid-ish" },
            },
          },
        ],
        want: {
          root: {
            type: "object",
            properties: { a: { type: "integer", format: "int32" }, b: { type: "string" } },
          },
          named: {},
        },
      },
    ],
    [
      "properties without a type are an object",
      {
        given: [{ properties: { a: { type: "string" } }, required: ["a"] }],
        want: {
          root: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
          named: {},
        },
      },
    ],
    [
      "additionalProperties false and schema",
      {
        given: [
          {
            type: "object",
            properties: {
              closed: { type: "object", additionalProperties: false },
              open: { type: "object", additionalProperties: true },
              map: { type: "object", additionalProperties: { type: "integer" } },
            },
          },
        ],
        want: {
          root: {
            type: "object",
            properties: {
              closed: { type: "object", additionalProperties: false },
              open: { type: "object" },
              map: { type: "object", additionalProperties: { type: "integer" } },
            },
          },
          named: {},
        },
      },
    ],
    ["type file accepts anything", { given: [{ type: "file" }], want: { root: {}, named: {} } }],
    [
      "a recursive definition is named once and refers to itself",
      {
        given: [
          { $ref: "#/definitions/Node" },
          { Node: { type: "object", properties: { next: { $ref: "#/definitions/Node" } } } },
        ],
        want: {
          root: { $ref: "urn:swagger:0" },
          named: {
            "urn:swagger:0": { type: "object", properties: { next: { $ref: "urn:swagger:0" } } },
          },
        },
      },
    ],
    [
      "a discriminator dispatches; subtypes name the plain base",
      {
        given: [
          { $ref: "#/definitions/Shape" },
          {
            Shape: {
              type: "object",
              discriminator: "kind",
              required: ["kind"],
              properties: { kind: { type: "string" } },
            },
            Circle: {
              type: "object",
              allOf: [{ $ref: "#/definitions/Shape" }],
              properties: { r: { type: "number" } },
            },
          },
        ],
        want: {
          root: { $ref: "urn:swagger:0" },
          named: {
            "urn:swagger:0": {
              type: "object",
              "x-discriminator": { property: "kind", values: ["Shape", "Circle"] },
              "x-discriminator-map": [{ $ref: "urn:swagger:1" }, { $ref: "urn:swagger:2" }],
            },
            "urn:swagger:1": {
              type: "object",
              properties: { kind: { type: "string" } },
              required: ["kind"],
            },
            "urn:swagger:2": {
              type: "object",
              properties: { r: { type: "number" } },
              allOf: [{ $ref: "urn:swagger:1" }],
            },
          },
        },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(emit(...given)).toEqual(want);
  });
});
