import type { OpenAPIV2 } from "openapi-types";
import { transformSchema } from "../../../../conformance/validator/schema/transform.js";

const URI = "file:///specs/x.json";

describe("transformSchema (Swagger 2.0 → draft-04)", () => {
  test.each<[string, { given: Record<string, unknown>; want: Record<string, unknown> }]>([
    [
      "local $ref becomes absolute, siblings dropped",
      {
        given: { $ref: "#/definitions/A", description: "d", readOnly: true },
        want: { $ref: `${URI}#/definitions/A` },
      },
    ],
    [
      "nullable $ref is wrapped",
      {
        given: { $ref: "#/definitions/A", "x-nullable": true },
        want: { "x-nullable": true, anyOf: [{ type: "null" }, { $ref: `${URI}#/definitions/A` }] },
      },
    ],
    [
      "x-nullable widens type and enum",
      {
        given: { type: "string", enum: ["a"], "x-nullable": true },
        want: { type: ["string", "null"], enum: ["a", null], "x-nullable": true },
      },
    ],
    [
      "x-nullable false changes nothing",
      {
        given: { type: "string", "x-nullable": false },
        want: { type: "string", "x-nullable": false },
      },
    ],
    [
      "extensible enum drops enum, keeps values",
      {
        given: {
          type: "string",
          enum: ["A", "B"],
          "x-ms-enum": {
            name: "E",
            modelAsString: true,
            values: [{ value: "A", description: "a" }],
          },
        },
        want: {
          type: "string",
          "x-ms-enum": {
            name: "E",
            modelAsString: true,
            values: [{ value: "A", description: "a" }, { value: "B" }],
          },
        },
      },
    ],
    [
      "closed enum keeps enum",
      {
        given: { type: "string", enum: ["A"], "x-ms-enum": { name: "E", modelAsString: false } },
        want: { type: "string", enum: ["A"], "x-ms-enum": { name: "E", modelAsString: false } },
      },
    ],
    [
      "unknown x- extensions are dropped, known ones kept",
      {
        given: { type: "object", "x-foo": 1, "x-ms-client-name": "n", readOnly: true },
        want: { type: "object", "x-ms-client-name": "n", readOnly: true },
      },
    ],
    [
      "nested schemas are transformed",
      {
        given: {
          type: "object",
          properties: { a: { $ref: "#/definitions/A" } },
          items: { $ref: "#/definitions/B" },
          additionalProperties: { $ref: "#/definitions/C" },
          allOf: [{ $ref: "#/definitions/D" }],
        },
        want: {
          type: "object",
          properties: { a: { $ref: `${URI}#/definitions/A` } },
          items: { $ref: `${URI}#/definitions/B` },
          additionalProperties: { $ref: `${URI}#/definitions/C` },
          allOf: [{ $ref: `${URI}#/definitions/D` }],
        },
      },
    ],
    ["type file accepts anything", { given: { type: "file" }, want: {} }],
    [
      "unknown non-extension keywords are kept so strict mode rejects them",
      { given: { type: "string", requried: ["a"] }, want: { type: "string", requried: ["a"] } },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(transformSchema(given as OpenAPIV2.Schema, URI)).toEqual(want);
  });

  test("the input schema is not modified", () => {
    const given = {
      type: "string",
      enum: ["A"],
      "x-ms-enum": { modelAsString: true },
      "x-nullable": true,
    };
    const copy = structuredClone(given);
    transformSchema(given, URI);
    expect(given).toEqual(copy);
  });
});
