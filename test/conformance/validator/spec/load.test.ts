import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  createValidator,
  isValidatorError,
  type SpecWarningCode,
} from "../../../../conformance/validator/index.js";
import { specAround, writeSpec } from "../helpers/specs.js";

describe("loading a spec", () => {
  test.each<[string, { given: () => string[]; want: RegExp }]>([
    ["a missing file", { given: () => [path.join(__dirname, "nope.json")], want: /nope\.json/ }],
    ["text that is not JSON", { given: () => [writeSpec("{")], want: /JSON/ }],
    [
      "OpenAPI 3, which is not Swagger 2.0",
      { given: () => [writeSpec({ openapi: "3.0.0" })], want: /Swagger 2\.0/ },
    ],
    [
      "a swagger version that is another number",
      {
        given: () => [writeSpec(specAround({ type: "string" }, { swagger: 3 }))],
        want: /Swagger 2\.0/,
      },
    ],
  ])("throws SPEC_LOAD_ERROR for %s, the caller's mistake", (_name, { given, want }) => {
    const specPaths = given();
    let thrown: unknown;
    try {
      createValidator(specPaths);
    } catch (error) {
      thrown = error;
    }
    expect(isValidatorError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: "SPEC_LOAD_ERROR", message: want });
  });

  test("a spec written in YAML loads, merge keys and $refs to YAML files too", () => {
    const dir = path.dirname(writeSpec({}));
    writeFileSync(
      path.join(dir, "types.yaml"),
      "definitions:\n  Thing:\n    type: object\n    required: [version]\n    properties:\n      version: { type: string }\n",
    );
    const file = path.join(dir, "api.yaml");
    writeFileSync(
      file,
      [
        'swagger: "2.0"',
        "info: { title: t, version: 2020-01-01 }",
        "x-shared:",
        '  ok: &ok { description: shared, schema: { $ref: "./types.yaml#/definitions/Thing" } }',
        "paths:",
        "  /x:",
        "    get:",
        "      operationId: X_Get",
        "      responses:",
        '        "200": { <<: *ok, description: ok }',
      ].join("\n"),
    );
    const validator = createValidator([file]);
    expect(validator.warnings).toEqual([]);
    const check = (body: unknown) =>
      validator
        .validateResponse({
          operationId: "X_Get",
          status: 200,
          headers: { "content-type": "application/json" },
          body,
        })
        .violations.map((v) => [v.code, v.pointer]);
    expect(check({ version: "2020-01-01" })).toEqual([]);
    expect(check({ version: 1 })).toEqual([["INVALID_TYPE", "/version"]]);
  });

  test("YAML that does not parse is the caller's mistake, with where", () => {
    const file = path.join(path.dirname(writeSpec({})), "broken.yaml");
    writeFileSync(file, 'swagger: "2.0"\npaths: {\n');
    expect(() => createValidator([file])).toThrow(
      expect.objectContaining({
        code: "SPEC_LOAD_ERROR",
        message: expect.stringMatching(/broken\.yaml.*\(3:1\)/s),
      }),
    );
  });

  test("a bare definition name as $ref (Swagger 1.2's habit) is read as that definition", () => {
    const validator = createValidator([
      writeSpec(
        specAround(
          { $ref: "Profile" },
          { definitions: { Profile: { type: "object", required: ["name"] } } },
        ),
      ),
    ]);
    expect(validator.warnings.map((w) => [w.code, w.message])).toEqual([
      ["UNRESOLVABLE_REF", expect.stringContaining("read as #/definitions/Profile")],
    ]);
    const result = validator.validateResponse({
      operationId: "X_Get",
      status: 200,
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(result.violations.map((v) => [v.code, v.pointer])).toEqual([
      ["OBJECT_MISSING_REQUIRED_PROPERTY", "/name"],
    ]);
  });

  test("a byte order mark before the JSON is dropped", () => {
    const file = writeSpec(`\ufeff${JSON.stringify(specAround({ type: "string" }))}`);
    const validator = createValidator([file]);
    expect(validator.warnings).toEqual([]);
    expect(validator.operations().map((o) => o.operationId)).toEqual(["X_Get"]);
  });

  // What oav and Prism load with a warning loads here with a warning record, not a throw.
  test.each<[string, { given: () => string[]; want: [SpecWarningCode, string][] }]>([
    [
      "a misspelled keyword",
      {
        given: () => [writeSpec(specAround({ type: "object", requried: ["a"] }))],
        want: [["UNKNOWN_KEYWORD", "/paths/~1x/get/responses/200/schema/requried"]],
      },
    ],
    [
      "OpenAPI 3's nullable",
      {
        given: () => [writeSpec(specAround({ type: "string", nullable: true }))],
        want: [["UNKNOWN_KEYWORD", "/paths/~1x/get/responses/200/schema/nullable"]],
      },
    ],
    [
      "an unknown format",
      {
        given: () => [writeSpec(specAround({ type: "string", format: "guid-ish" }))],
        want: [["UNKNOWN_FORMAT", "/paths/~1x/get/responses/200/schema/format"]],
      },
    ],
    [
      "a format in another letter case is known (AutoRest lower-cases it)",
      {
        given: () => [writeSpec(specAround({ type: "integer", format: "Int32" }))],
        want: [],
      },
    ],
    [
      "an unresolvable $ref",
      {
        given: () => [writeSpec(specAround({ $ref: "#/definitions/Missing" }))],
        want: [["UNRESOLVABLE_REF", "/paths/~1x/get/responses/200/schema/$ref"]],
      },
    ],
    [
      "a $ref to a missing file",
      {
        given: () => [writeSpec(specAround({ $ref: "./missing.json#/definitions/A" }))],
        want: [["UNREADABLE_FILE", "/paths/~1x/get/responses/200/schema/$ref"]],
      },
    ],
    [
      "a remote $ref, which is not fetched",
      {
        given: () => [writeSpec(specAround({ $ref: "https://example.com/a.json#/definitions/A" }))],
        want: [["UNRESOLVABLE_REF", "/paths/~1x/get/responses/200/schema/$ref"]],
      },
    ],
    [
      "properties without type: object",
      {
        given: () => [writeSpec(specAround({ properties: { a: { type: "string" } } }))],
        want: [["TYPE_INFERRED", "/paths/~1x/get/responses/200/schema"]],
      },
    ],
    [
      "an x-ms-enum on an integer",
      {
        given: () => [
          writeSpec(
            specAround({
              type: "integer",
              enum: [1, 2],
              "x-ms-enum": { name: "N", modelAsString: true },
            }),
          ),
        ],
        want: [],
      },
    ],
    [
      "a string limit on an integer",
      {
        given: () => [writeSpec(specAround({ type: "integer", maxLength: 3 }))],
        want: [["KEYWORD_TYPE_MISMATCH", "/paths/~1x/get/responses/200/schema/maxLength"]],
      },
    ],
    [
      "a pattern JavaScript cannot compile",
      {
        given: () => [writeSpec(specAround({ type: "string", pattern: "(?<=a" }))],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/get/responses/200/schema/pattern"]],
      },
    ],
    [
      "required that is not a list",
      {
        given: () => [writeSpec(specAround({ type: "object", required: "a" }))],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/get/responses/200/schema/required"]],
      },
    ],
    [
      "type written in capitals",
      {
        given: () => [writeSpec(specAround({ type: "String" }))],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/get/responses/200/schema/type"]],
      },
    ],
    [
      "a response key that is no status code",
      {
        given: () => {
          const doc = specAround({ type: "string" });
          const op = (doc.paths as Record<string, { get: { responses: Record<string, unknown> } }>)[
            "/x"
          ]!.get;
          op.responses["2XX"] = { description: "any success" };
          op.responses["x-ms-vendor"] = { anything: true };
          return [writeSpec(doc)];
        },
        want: [["INVALID_RESPONSE_KEY", "/paths/~1x/get/responses/2XX"]],
      },
    ],
    [
      "swagger: 2.0 as a number, as OAI's petstore-expanded example writes it",
      {
        given: () => [writeSpec(specAround({ type: "string" }, { swagger: 2.0 }))],
        want: [["INVALID_KEYWORD_VALUE", "/swagger"]],
      },
    ],
    [
      "an operation without operationId",
      {
        given: () => [
          writeSpec({
            swagger: "2.0",
            info: { title: "t", version: "1" },
            paths: { "/y": { get: { responses: { "200": { description: "ok" } } } } },
          }),
        ],
        want: [["MISSING_OPERATION_ID", "/paths/~1y/get"]],
      },
    ],
    [
      "the same operationId in two files",
      {
        given: () => [
          writeSpec(specAround({ type: "string" })),
          writeSpec(specAround({ type: "integer" })),
        ],
        want: [["DUPLICATE_OPERATION_ID", "/paths/~1x/get"]],
      },
    ],
    // Language's analyzeconversations: `kind` allows only the base's name, and the subtype has no
    // x-ms-discriminator-value, so every payload that names it failed with nothing said at load.
    [
      "a subtype whose discriminator value the property's enum leaves out",
      {
        given: () => [
          writeSpec(
            specAround(
              { $ref: "#/definitions/Result" },
              {
                definitions: {
                  Result: {
                    type: "object",
                    discriminator: "kind",
                    required: ["kind"],
                    properties: { kind: { type: "string", enum: ["Result", "Listed"] } },
                  },
                  Listed: {
                    type: "object",
                    allOf: [{ $ref: "#/definitions/Result" }],
                    properties: { n: { type: "integer" } },
                  },
                  Unlisted: {
                    type: "object",
                    allOf: [{ $ref: "#/definitions/Result" }],
                    properties: { m: { type: "integer" } },
                  },
                },
              },
            ),
          ),
        ],
        want: [["DISCRIMINATOR_VALUE_UNREACHABLE", "/definitions/Unlisted"]],
      },
    ],
    // DigitalTwins declares a schema on a 204: nothing said it can never apply.
    [
      "a schema on a 204 response",
      {
        given: () => [
          writeSpec({
            swagger: "2.0",
            info: { title: "t", version: "1" },
            paths: {
              "/x": {
                delete: {
                  operationId: "X_Delete",
                  responses: { "204": { description: "gone", schema: { type: "object" } } },
                },
              },
            },
          }),
        ],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/delete/responses/204/schema"]],
      },
    ],
    // A Redis-style `{ $ref, required }`: JSON Reference ignores the sibling, silently before.
    [
      "keywords beside a $ref",
      {
        given: () => [
          writeSpec(
            specAround(
              {
                $ref: "#/definitions/T",
                required: ["a"],
                readOnly: true,
                description: "d",
                "x-nullable": true,
              },
              { definitions: { T: { type: "object" } } },
            ),
          ),
        ],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/get/responses/200/schema/required"]],
      },
    ],
    [
      "an enum of strings on an array",
      {
        given: () => [
          writeSpec(specAround({ type: "array", items: { type: "string" }, enum: ["a", "b"] })),
        ],
        want: [["KEYWORD_TYPE_MISMATCH", "/paths/~1x/get/responses/200/schema/enum"]],
      },
    ],
    // Batch's File_GetFromNode: the body check failed a non-object, and ajv's strict mode spoke.
    [
      "type object with format file",
      {
        given: () => [writeSpec(specAround({ type: "object", format: "file" }))],
        want: [["INVALID_KEYWORD_VALUE", "/paths/~1x/get/responses/200/schema/format"]],
      },
    ],
  ])("%s loads, with the warnings it deserves", (_name, { given, want }) => {
    const validator = createValidator(given());
    expect(validator.warnings.map((w) => [w.code, w.pointer])).toEqual(want);
    for (const warning of validator.warnings) {
      expect(path.isAbsolute(warning.specPath)).toBe(true);
      expect(warning.message).not.toBe("");
    }
  });

  test("a spec with no operation id is still addressed by method and path", () => {
    const validator = createValidator([
      writeSpec({
        swagger: "2.0",
        info: { title: "t", version: "1" },
        paths: { "/y": { get: { responses: { "200": { description: "ok" } } } } },
      }),
    ]);
    expect(validator.validateResponse({ operationId: "GET /y", status: 200 }).ok).toBe(true);
  });
});
