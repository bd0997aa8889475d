/**
 * What real-world Swagger 2.0 specs contain, one fixture per family of constructs, each checked
 * through `validateResponse` as a user's spec would be. The warnings `sloppy.json` deserves are
 * pinned too: each oddity is one record, and the spec loads.
 */
import fc from "fast-check";
import path from "node:path";
import {
  createValidator,
  type ResponseInput,
  type ResponseValidator,
} from "../../../conformance/validator/index.js";
import { responseArbitrary } from "../helpers/arbitrary.js";
import { brief } from "./helpers/setup.js";
import { specAround, writeSpec } from "./helpers/specs.js";

const fixture = (name: string): ResponseValidator =>
  createValidator([path.join(__dirname, "fixtures", name)]);
type Row = [string, { given: ResponseInput; want: [string, string, string][] }];

/** A 200 with `body` as JSON text, checked: its violations, brief. */
const checkOf =
  (validator: ResponseValidator) =>
  (operationId: string, body: unknown): [string, string, string][] =>
    brief(
      validator.validateResponse({
        operationId,
        status: 200,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).violations,
    );
const json = { "Content-Type": "application/json" };

describe("polymorphism: the payload is checked against the subtype its discriminator names", () => {
  const validator = fixture("polymorphic.json");
  const shape = (body: unknown): ResponseInput => ({
    operationId: "Shapes_Get",
    status: 200,
    headers: json,
    body: JSON.stringify(body),
  });
  const drawing = (body: unknown): ResponseInput => ({
    operationId: "Drawings_Get",
    status: 200,
    headers: json,
    body: JSON.stringify(body),
  });
  const circle = { kind: "circle", name: "c", radius: 1 };
  const rectangle = { kind: "Rectangle", name: "r", width: 2, height: 3 };
  const rounded = { ...rectangle, kind: "rounded", cornerRadius: 0.5 };
  test.each<Row>([
    ["a subtype named by x-ms-discriminator-value", { given: shape(circle), want: [] }],
    ["a subtype named by its definition name", { given: shape(rectangle), want: [] }],
    ["a subtype two levels down", { given: shape(rounded), want: [] }],
    ["the base itself", { given: shape({ kind: "Shape", name: "s" }), want: [] }],
    [
      "a subtype's own required property",
      {
        given: shape({ kind: "circle", name: "c" }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/radius"]],
      },
    ],
    [
      "a subtype's own limit",
      { given: shape({ ...circle, radius: -1 }), want: [["MINIMUM", "body", "/radius"]] },
    ],
    [
      "the second level's required property",
      {
        given: shape({ ...rectangle, kind: "rounded" }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/cornerRadius"]],
      },
    ],
    [
      "an unknown discriminator value",
      {
        given: shape({ kind: "triangle", name: "t" }),
        want: [["DISCRIMINATOR_VALUE_NOT_FOUND", "body", "/kind"]],
      },
    ],
    [
      "no discriminator: the base's required says so",
      {
        given: shape({ name: "s" }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/kind"]],
      },
    ],
    [
      "a discriminator of the wrong type",
      { given: shape({ kind: 42, name: "s" }), want: [["INVALID_TYPE", "body", "/kind"]] },
    ],
    ["not an object", { given: shape("circle"), want: [["INVALID_TYPE", "body", ""]] }],
    [
      "each item of a list on its own",
      {
        given: drawing({ shapes: [circle, { kind: "Rectangle", name: "r", height: 1 }] }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/shapes/1/width"]],
      },
    ],
    [
      "a nullable polymorphic property",
      { given: drawing({ shapes: [], highlight: null }), want: [] },
    ],
    [
      "a nullable polymorphic property that is set",
      {
        given: drawing({ shapes: [], highlight: { kind: "circle", name: "c" } }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/highlight/radius"]],
      },
    ],
    [
      "an intermediate type accepts its own subtypes",
      { given: drawing({ shapes: [], frame: rounded }), want: [] },
    ],
    [
      "an intermediate type does not accept a sibling",
      {
        given: drawing({ shapes: [], frame: circle }),
        want: [["DISCRIMINATOR_VALUE_NOT_FOUND", "body", "/frame/kind"]],
      },
    ],
    [
      "a leaf subtype accepts its own value",
      { given: drawing({ shapes: [], pin: circle }), want: [] },
    ],
    [
      "a leaf subtype does not accept another subtype's value",
      {
        given: drawing({ shapes: [], pin: { ...circle, kind: "Rectangle" } }),
        want: [["DISCRIMINATOR_VALUE_NOT_FOUND", "body", "/pin/kind"]],
      },
    ],
    [
      "a leaf subtype does not accept an unknown value",
      {
        given: drawing({ shapes: [], pin: { ...circle, kind: "Bogus" } }),
        want: [["DISCRIMINATOR_VALUE_NOT_FOUND", "body", "/pin/kind"]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  // Regression: "names no known schema" was said of a real definition that is no subtype here.
  test("an unknown discriminator value: the message lists what this place accepts", () => {
    const [violation] = validator.validateResponse(
      shape({ kind: "Drawing", name: "t" }),
    ).violations;
    expect(violation?.message).toBe(
      'discriminator kind is "Drawing", not one of the values allowed here: "Shape", "circle", "Rectangle", "rounded"',
    );
  });

  test("loads without a warning", () => expect(validator.warnings).toEqual([]));

  test("a subtype written as only allOf is still an object where it dispatches", () => {
    const check = checkOf(
      createValidator([
        writeSpec({
          swagger: "2.0",
          info: { title: "t", version: "1" },
          paths: {
            "/c": {
              get: {
                operationId: "Cat_Get",
                responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Cat" } } },
              },
            },
          },
          definitions: {
            Base: {
              type: "object",
              discriminator: "kind",
              required: ["kind"],
              properties: { kind: { type: "string" } },
            },
            Cat: { allOf: [{ $ref: "#/definitions/Base" }] },
          },
        }),
      ]),
    );
    expect(check("Cat_Get", 5)).toEqual([["INVALID_TYPE", "body", ""]]);
    expect(check("Cat_Get", [1])).toEqual([["INVALID_TYPE", "body", ""]]);
    expect(check("Cat_Get", { kind: "Cat" })).toEqual([]);
  });
});

describe("multi-file specs, x-ms-paths and x-ms-parameterized-host", () => {
  const validator = fixture("multi-file/service.json");
  const widget = {
    id: "w1",
    owner: { name: "Ada", manager: { name: "Grace" } },
    updated: "2024-01-01T00:00:00Z",
  };
  const get = (status: number, body: unknown, headers: Record<string, string> = json) => ({
    operationId: "Widgets_Get",
    status,
    headers,
    body: JSON.stringify(body),
  });
  test.each<Row>([
    ["a schema that is a whole other file", { given: get(200, widget), want: [] }],
    [
      "a recursive definition in a third file",
      {
        given: get(200, { ...widget, owner: { name: "Ada", manager: {} } }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/owner/manager/name"]],
      },
    ],
    [
      "a format in another file",
      {
        given: get(200, { ...widget, updated: "2024-02-30T00:00:00Z" }),
        want: [["INVALID_FORMAT", "body", "/updated"]],
      },
    ],
    [
      "a response in another file, naming a schema in a fourth",
      {
        given: get(
          404,
          { error: { code: "NotFound" } },
          { ...json, "x-ms-error-code": "NotFound" },
        ),
        want: [],
      },
    ],
    [
      "a URL-encoded pointer, through two files",
      {
        given: get(500, { error: {} }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/error/code"]],
      },
    ],
    [
      "a path item in another file",
      {
        given: {
          operationId: "Widgets_List",
          status: 200,
          headers: json,
          body: JSON.stringify([widget]),
        },
        want: [],
      },
    ],
    [
      "an operation under x-ms-paths",
      {
        given: {
          operationId: "Widgets_Archive",
          status: 202,
          headers: { "Operation-Location": "https://example.com/operations/1" },
        },
        want: [],
      },
    ],
    [
      "an x-ms-paths operation's header format",
      {
        given: {
          operationId: "Widgets_Archive",
          status: 202,
          headers: { "Operation-Location": "not a uri" },
        },
        want: [["INVALID_FORMAT", "header", "/Operation-Location"]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  test("every operation is found, wherever it is declared", () => {
    expect(validator.operations().map((o) => [o.operationId, o.path])).toEqual([
      ["Widgets_Get", "/widgets/{id}"],
      ["Widgets_List", "/widgets"],
      ["Widgets_Archive", "/widgets/{id}?action=archive"],
    ]);
  });

  test("loads without a warning", () => expect(validator.warnings).toEqual([]));
});

describe("objects: x-nullable at every level, additionalProperties, readOnly", () => {
  const validator = fixture("objects.json");
  const record = { id: "r1", etag: "e", title: "t" };
  const get = (body: unknown, status = 200): ResponseInput => ({
    operationId: "Records_Get",
    status,
    headers: json,
    body: JSON.stringify(body),
  });
  test.each<Row>([
    ["readOnly properties in a response", { given: get(record), want: [] }],
    [
      "null wherever x-nullable allows it",
      {
        given: get({
          ...record,
          subtitle: null,
          note: null,
          owner: null,
          tags: ["a", null],
          scores: { a: 1, b: null },
          level: null,
          audit: null,
        }),
        want: [],
      },
    ],
    ["a nullable body", { given: get(null, 203), want: [] }],
    ["a body that is not nullable", { given: get(null), want: [["INVALID_TYPE", "body", ""]] }],
    [
      "null where x-nullable is absent",
      { given: get({ ...record, title: null }), want: [["INVALID_TYPE", "body", "/title"]] },
    ],
    [
      "a nullable $ref that is set is checked",
      {
        given: get({ ...record, owner: {} }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/owner/id"]],
      },
    ],
    [
      "a nullable definition that is set is checked",
      {
        given: get({ ...record, note: {} }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/note/text"]],
      },
    ],
    [
      "a nullable allOf that is set is checked",
      {
        given: get({ ...record, audit: { by: "x" } }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/audit/id"]],
      },
    ],
    [
      "a nullable closed enum, other case",
      { given: get({ ...record, level: "LOW" }), want: [["ENUM_CASE_MISMATCH", "body", "/level"]] },
    ],
    [
      "a nullable closed enum, unknown value",
      { given: get({ ...record, level: "mid" }), want: [["ENUM_MISMATCH", "body", "/level"]] },
    ],
    [
      "map values keep their format",
      {
        given: get({ ...record, scores: { a: 2 ** 31 } }),
        want: [["INVALID_FORMAT", "body", "/scores/a"]],
      },
    ],
    [
      "additionalProperties false",
      {
        given: get({ ...record, sealed: { a: 1, b: 2 } }),
        want: [["OBJECT_ADDITIONAL_PROPERTIES", "body", "/sealed/b"]],
      },
    ],
    ["additionalProperties true", { given: get({ ...record, open: { a: 1, b: "x" } }), want: [] }],
    [
      "additionalProperties as a schema",
      {
        given: get({ ...record, labels: { x: "far too long", y: 1 } }),
        want: [
          ["INVALID_TYPE", "body", "/labels/y"],
          ["MAX_LENGTH", "body", "/labels/x"],
        ],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  test("an enum's message lists its values", () => {
    const [violation] = validator.validateResponse(get({ ...record, level: "mid" })).violations;
    expect(violation?.message).toMatch(/^must be one of "low", "high"(, null)?$/);
  });

  test("a number beyond a double's range: the message says so", () => {
    const violations = validator.validateResponse({
      ...get(record),
      body: JSON.stringify(record).replace(/}$/, ',"scores":{"a":1e400}}'),
    }).violations;
    expect(violations.map((v) => [v.pointer, v.message])).toEqual([
      ["/scores/a", "must be integer or null (the number is beyond the range of a double)"],
    ]);
  });

  test("a closed enum's value in another letter case: the message names the known value", () => {
    const [violation] = validator.validateResponse(get({ ...record, level: "LOW" })).violations;
    expect(violation?.message).toBe("must be low (known value in another letter case)");
  });

  test("loads without a warning", () => expect(validator.warnings).toEqual([]));
});

describe("media types: every produces form", () => {
  const validator = fixture("media.json");
  const response = (
    operationId: string,
    contentType: string | undefined,
    body: unknown,
    status = 200,
  ): ResponseInput => ({
    operationId,
    status,
    headers: contentType === undefined ? {} : { "Content-Type": contentType },
    body,
  });
  test.each<Row>([
    [
      "a parameter in the declared type",
      { given: response("Items_List", "application/json; charset=utf-8", '["a"]'), want: [] },
    ],
    [
      "the declared type without it",
      { given: response("Items_List", "application/json", "[]"), want: [] },
    ],
    ["the document's second type", { given: response("Items_List", "text/json", "[]"), want: [] }],
    [
      "a type not declared",
      {
        given: response("Items_List", "text/html", "[]"),
        want: [["INVALID_CONTENT_TYPE", "content-type", ""]],
      },
    ],
    [
      "an operation that declares no type",
      { given: response("Items_Upload", undefined, "{}", 201), want: [] },
    ],
    [
      "a +json type",
      {
        given: response(
          "Items_GetGeometry",
          "application/geo+json",
          '{"type":"Point","coordinates":[1,2]}',
        ),
        want: [],
      },
    ],
    [
      "a vendor +json type, checked as JSON",
      {
        given: response(
          "Items_GetGeometry",
          "application/vnd.example.v1+json",
          '{"type":"Point","coordinates":[1]}',
        ),
        want: [["ARRAY_LENGTH_SHORT", "body", "/coordinates"]],
      },
    ],
    [
      "text/plain: the text is the string",
      { given: response("Items_GetName", "text/plain", "Ada Lovelace"), want: [] },
    ],
    [
      "text/plain: the string's limits",
      {
        given: response("Items_GetName", "text/plain", "Augusta Ada King, Countess of Lovelace"),
        want: [["MAX_LENGTH", "body", ""]],
      },
    ],
    [
      "the same string as JSON",
      { given: response("Items_GetName", "application/json", '"Ada"'), want: [] },
    ],
    [
      "the bare text sent as JSON",
      {
        given: response("Items_GetName", "application/json", "Ada"),
        want: [["JSON_PARSING_ERROR", "body", ""]],
      },
    ],
    [
      "a binary body is not parsed",
      {
        given: response(
          "Items_GetThumbnail",
          "image/png",
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]),
        ),
        want: [],
      },
    ],
    [
      "a binary body of a type not declared",
      {
        given: response("Items_GetThumbnail", "text/html", "<html></html>"),
        want: [["INVALID_CONTENT_TYPE", "content-type", ""]],
      },
    ],
    [
      "a string with format binary is bytes too, not parsed",
      {
        given: response("Items_GetTile", "image/png", Buffer.from([0x89, 0x50, 0xff, 0xfe])),
        want: [],
      },
    ],
    [
      "a response that declares Content-Type still has its Content-Type checked",
      {
        given: response("Items_GetTile", "text/html", "<html></html>"),
        want: [["INVALID_CONTENT_TYPE", "content-type", ""]],
      },
    ],
    [
      "a response that declares Content-Type, in any spelling, is not missing it",
      {
        given: {
          ...response("Items_GetTile", undefined, Buffer.from([1, 2])),
          headers: { "content-type": "application/vnd.mapbox-vector-tile" },
        },
        want: [],
      },
    ],
    [
      "an XML body is not parsed",
      { given: response("Items_Export", "application/xml", "<item/>"), want: [] },
    ],
    [
      "application/* covers JSON, which is checked",
      {
        given: response("Items_Export", "application/json", '{"id":1}'),
        want: [["INVALID_TYPE", "body", "/id"]],
      },
    ],
    ["*/* covers any type", { given: response("Items_GetRaw", "text/anything", "{}"), want: [] }],
    // Regression: under a wildcard every body was parsed as JSON (Kubernetes' exec and proxy
    // operations, springfox's default */*): text and bytes failed as JSON_PARSING_ERROR.
    [
      "*/*: a text/plain body is the string",
      { given: response("Items_GetLog", "text/plain", "hello"), want: [] },
    ],
    [
      "*/*: text/html is the string",
      { given: response("Items_GetLog", "text/html", "<p>hi</p>"), want: [] },
    ],
    [
      "*/*: an octet-stream body is not parsed",
      {
        given: response("Items_GetRaw", "application/octet-stream", Buffer.from([1, 2, 3])),
        want: [],
      },
    ],
    [
      "*/*: a JSON body is still parsed and checked",
      {
        given: response("Items_GetRaw", "application/json", "[]"),
        want: [["INVALID_TYPE", "body", ""]],
      },
    ],
    [
      "*/*: a string sent as JSON is JSON",
      {
        given: response("Items_GetLog", "application/json", "hello"),
        want: [["JSON_PARSING_ERROR", "body", ""]],
      },
    ],
    [
      "text/*: the text is the string",
      { given: response("Items_GetPage", "text/html", "<p/>"), want: [] },
    ],
    [
      "text/*: the string's limits",
      {
        given: response("Items_GetPage", "text/plain", "longer than ten"),
        want: [["MAX_LENGTH", "body", ""]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  test("loads without a warning", () => expect(validator.warnings).toEqual([]));
});

describe("a sloppy spec loads, with one warning per oddity", () => {
  const validator = fixture("sloppy.json");
  const report = {
    id: "r",
    state: 7,
    pages: 3,
    checksum: "anything",
    created: "2024-01-01T00:00:00Z",
  };
  const get = (body: unknown, headers: Record<string, string> = json): ResponseInput => ({
    operationId: "Reports_Get",
    status: 200,
    headers,
    body: JSON.stringify(body),
  });
  test.each<Row>([
    [
      "a valid report (an unknown value of an extensible integer enum)",
      { given: get(report), want: [] },
    ],
    [
      "properties without type: object is an object",
      { given: get("report"), want: [["INVALID_TYPE", "body", ""]] },
    ],
    [
      "a format in capitals is checked",
      {
        given: get({ ...report, created: "2024-02-30T00:00:00Z" }),
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "a header format in capitals is checked",
      {
        given: get(report, {
          ...json,
          "Retry-After": "99999999999",
          "x-ms-request-id": "not-a-uuid",
        }),
        want: [
          ["INVALID_FORMAT", "header", "/Retry-After"],
          ["INVALID_FORMAT", "header", "/x-ms-request-id"],
        ],
      },
    ],
    [
      "OpenAPI 3's nullable is not Swagger's",
      { given: get({ ...report, summary: null }), want: [["INVALID_TYPE", "body", "/summary"]] },
    ],
    [
      "an unresolvable $ref accepts anything",
      { given: get({ ...report, author: [1, "x"] }), want: [] },
    ],
    [
      "an unresolvable response $ref accepts anything",
      {
        given: { operationId: "Reports_Get", status: 500, headers: json, body: "<html>" },
        want: [],
      },
    ],
    [
      "an operation without operationId",
      { given: { operationId: "GET /reports", status: 200, headers: json, body: "[]" }, want: [] },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  test("the warnings", () => {
    expect(validator.warnings.map((w) => [w.code, w.pointer]).sort()).toEqual(
      [
        ["KEYWORD_TYPE_MISMATCH", "/definitions/Report/properties/pages/maxLength"],
        ["UNKNOWN_FORMAT", "/definitions/Report/properties/checksum/format"],
        ["UNKNOWN_KEYWORD", "/definitions/Report/properties/summary/nullable"],
        ["INVALID_KEYWORD_VALUE", "/definitions/Report/properties/code/pattern"],
        ["UNKNOWN_KEYWORD", "/definitions/Report/properties/weight/minimun"],
        ["UNRESOLVABLE_REF", "/definitions/Report/properties/author/$ref"],
        ["TYPE_INFERRED", "/definitions/Report"],
        ["INVALID_RESPONSE_KEY", "/paths/~1reports~1{id}/get/responses/2XX"],
        ["UNRESOLVABLE_REF", "/paths/~1reports~1{id}/get/responses/default/$ref"],
        ["MISSING_OPERATION_ID", "/paths/~1reports/get"],
      ].sort(),
    );
  });
});

describe("nulls: declared (the default) or as oav reads them", () => {
  const spec = writeSpec(
    specAround(
      {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string" },
          label: { type: "string" },
          pinned: { type: "string", "x-nullable": false },
          tags: { type: "array", items: { type: "string" } },
          counts: { type: "object", additionalProperties: { type: "integer" } },
          owner: { $ref: "#/definitions/Owner" },
        },
      },
      { definitions: { Owner: { type: "object", properties: { name: { type: "string" } } } } },
    ),
  );
  const declared = createValidator({ specPaths: [spec] });
  const oav = createValidator({ specPaths: [spec], nulls: "oav" });
  const given = (body: unknown): ResponseInput => ({
    operationId: "X_Get",
    status: 200,
    headers: json,
    body: JSON.stringify(body),
  });
  test.each<[string, { body: unknown; declared: string[]; oav: string[] }]>([
    ["an optional property", { body: { id: "1", label: null }, declared: ["/label"], oav: [] }],
    ["a required property", { body: { id: null }, declared: ["/id"], oav: ["/id"] }],
    [
      "an optional property with x-nullable: false",
      { body: { id: "1", pinned: null }, declared: ["/pinned"], oav: ["/pinned"] },
    ],
    ["an array item", { body: { id: "1", tags: ["a", null] }, declared: ["/tags/1"], oav: [] }],
    ["a map value", { body: { id: "1", counts: { a: null } }, declared: ["/counts/a"], oav: [] }],
    ["an optional $ref", { body: { id: "1", owner: null }, declared: ["/owner"], oav: [] }],
    ["a whole body", { body: null, declared: [""], oav: [""] }],
  ])("null as %s", (_name, want) => {
    const pointers = (v: ResponseValidator) =>
      v.validateResponse(given(want.body)).violations.map((x) => x.pointer);
    expect(pointers(declared)).toEqual(want.declared);
    expect(pointers(oav)).toEqual(want.oav);
  });

  test("a type that allows null says so in words", () => {
    const [violation] = oav.validateResponse(given({ id: "1", label: 7 })).violations;
    expect(violation?.message).toBe("must be string or null");
  });
});

// Regression: JSON Schema's type lists, which Swagger 2.0 forbids but specs use (Docker's
// `Config.Cmd`, CircleCI's `type: "null"`), were read as "any type": 5 passed for either.
// Regression: an error answer to HEAD (Batch's Exists, ARM's CheckExistence) needed the body
// and Content-Type of the default's schema, which no HEAD answer can carry.
describe("answers to HEAD have no content", () => {
  const spec = writeSpec({
    swagger: "2.0",
    info: { title: "t", version: "1" },
    produces: ["application/json"],
    paths: {
      "/x": {
        head: {
          operationId: "X_Exists",
          responses: {
            "200": { description: "there" },
            "404": { description: "not there" },
            default: { description: "error", schema: { type: "object", required: ["code"] } },
          },
        },
      },
    },
  });
  const validator = createValidator([spec]);
  const check = (status: number, body?: unknown) =>
    brief(
      validator.validateResponse({ operationId: "X_Exists", status, headers: {}, body }).violations,
    );
  test("an error without a body or Content-Type passes", () => expect(check(500)).toEqual([]));
  test("a 200 without them passes", () => expect(check(200)).toEqual([]));
  test("one with a body does not", () => {
    expect(check(500, '{"code":"x"}')).toEqual([["INVALID_RESPONSE_BODY", "body", ""]]);
  });
});

describe("type object with format file is a binary body, as AutoRest reads it", () => {
  const validator = createValidator([
    writeSpec(specAround({ type: "object", format: "file" }, { produces: ["application/json"] })),
  ]);
  test("any bytes pass, JSON-looking or not, whatever the Content-Type says", () => {
    for (const body of [Buffer.from("[1,2]"), Buffer.from([0xff, 0x00])]) {
      const { violations } = validator.validateResponse({
        operationId: "X_Get",
        status: 200,
        headers: { "content-type": "application/json" },
        body,
      });
      expect(violations).toEqual([]);
    }
  });
});

describe("type lists: each value is one of the types", () => {
  const spec = writeSpec(
    specAround({
      type: "object",
      properties: {
        cmd: { type: ["array", "string"], items: { type: "string" } },
        node: { type: "null" },
        port: { type: ["integer", "string", "null"] },
        odd: { type: ["file", "string"] },
        targetPort: { type: "string", format: "int-or-string" },
      },
    }),
  );
  const validator = createValidator([spec]);
  const check = checkOf(validator);
  test.each<[string, { body: unknown; want: [string, string, string][] }]>([
    ["a string of a string/array union", { body: { cmd: "ls" }, want: [] }],
    [
      "an array of it, items checked",
      { body: { cmd: ["ls", 1] }, want: [["INVALID_TYPE", "body", "/cmd/1"]] },
    ],
    ["another type", { body: { cmd: 5 }, want: [["INVALID_TYPE", "body", "/cmd"]] }],
    ["null where only null is allowed", { body: { node: null }, want: [] }],
    ["anything else there", { body: { node: "x" }, want: [["INVALID_TYPE", "body", "/node"]] }],
    ["null in a list that names it", { body: { port: null }, want: [] }],
    ["a boolean in that list", { body: { port: true }, want: [["INVALID_TYPE", "body", "/port"]] }],
    ["a list that names file stays open", { body: { odd: 5 }, want: [] }],
    // Regression: Kubernetes' `targetPort: 8080` failed as "must be string".
    ["int-or-string: an integer", { body: { targetPort: 8080 }, want: [] }],
    ["int-or-string: a string", { body: { targetPort: "http" }, want: [] }],
    [
      "int-or-string: anything else",
      { body: { targetPort: 1.5 }, want: [["INVALID_TYPE", "body", "/targetPort"]] },
    ],
  ])("%s", (_name, { body, want }) => expect(check("X_Get", body)).toEqual(want));

  test("the message names the types, and each list is one warning saying how it is read", () => {
    const [violation] = validator.validateResponse({
      operationId: "X_Get",
      status: 200,
      headers: json,
      body: { port: true },
    }).violations;
    expect(violation?.message).toBe("must be integer or string or null");
    expect(
      validator.warnings.filter((w) => w.pointer.endsWith("/type")).map((w) => w.message),
    ).toEqual([
      'type ["array","string"] is not one Swagger type; read as array or string',
      'type "null" is not one Swagger type; read as null only',
      'type ["integer","string","null"] is not one Swagger type; read as integer or string or null',
      'type ["file","string"] is not one Swagger type; any type passes',
    ]);
    expect(validator.warnings.filter((w) => w.pointer.endsWith("/format"))).toMatchObject([
      { message: "format int-or-string (Kubernetes' IntOrString) read as type integer or string" },
    ]);
    expect(validator.warnings.filter((w) => w.code === "SCHEMA_STRICT")).toEqual([]);
  });

  test("any value of the listed types passes", () => {
    const operation = validator.model.operations.get("X_Get")!;
    fc.assert(
      fc.property(responseArbitrary(operation, "200", []), (response) => {
        expect(brief(validator.validateResponse(response).violations)).toEqual([]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe("additionalProperties: false with allOf: inherited properties are the object's own", () => {
  const spec = writeSpec({
    swagger: "2.0",
    info: { title: "t", version: "1" },
    produces: ["application/json"],
    paths: {
      "/plain": {
        get: {
          operationId: "Plain",
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Child" } } },
        },
      },
      "/poly": {
        get: {
          operationId: "Poly",
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Base" } } },
        },
      },
      "/extends-closed": {
        get: {
          operationId: "ExtendsClosed",
          responses: {
            "200": { description: "ok", schema: { $ref: "#/definitions/ExtendsClosed" } },
          },
        },
      },
      "/open-map": {
        get: {
          operationId: "OpenMap",
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/OpenMap" } } },
        },
      },
    },
    definitions: {
      Parent: { type: "object", properties: { id: { type: "string" } } },
      Closed: {
        type: "object",
        properties: { a: { type: "string" } },
        additionalProperties: false,
      },
      ExtendsClosed: {
        allOf: [{ $ref: "#/definitions/Closed" }, { properties: { b: { type: "string" } } }],
      },
      OpenMap: {
        type: "object",
        allOf: [{ $ref: "#/definitions/Closed" }],
        additionalProperties: { type: "integer" },
      },
      Child: {
        type: "object",
        allOf: [{ $ref: "#/definitions/Parent" }],
        properties: { name: { type: "string" } },
        additionalProperties: false,
      },
      Base: {
        type: "object",
        discriminator: "kind",
        required: ["kind"],
        properties: { kind: { type: "string" } },
        additionalProperties: false,
      },
      Sub: {
        type: "object",
        allOf: [{ $ref: "#/definitions/Base" }],
        "x-ms-discriminator-value": "Sub",
        properties: { b: { type: "string" } },
        additionalProperties: false,
      },
    },
  });
  const check = checkOf(createValidator([spec]));
  test.each<[string, { given: [string, unknown]; want: [string, string, string][] }]>([
    ["an inherited property", { given: ["Plain", { id: "1", name: "n" }], want: [] }],
    [
      "a property neither declares",
      {
        given: ["Plain", { id: "1", extra: 1 }],
        want: [["OBJECT_ADDITIONAL_PROPERTIES", "body", "/extra"]],
      },
    ],
    [
      "an inherited property keeps its type",
      { given: ["Plain", { id: 1 }], want: [["INVALID_TYPE", "body", "/id"]] },
    ],
    [
      "a subtype's own property beside the closed base's",
      { given: ["Poly", { kind: "Sub", b: "x" }], want: [] },
    ],
    [
      "the closed base itself",
      {
        given: ["Poly", { kind: "Base", b: "x" }],
        want: [["OBJECT_ADDITIONAL_PROPERTIES", "body", "/b"]],
      },
    ],
    // Regression: a closed allOf part closed nothing, so a property no schema declares passed
    // (Docker-style specs). It closes the schema that extends it, over that one's whole shape.
    [
      "extending a closed part: the properties of both",
      { given: ["ExtendsClosed", { a: "x", b: "y" }], want: [] },
    ],
    [
      "extending a closed part: a property neither declares",
      {
        given: ["ExtendsClosed", { a: "x", c: 1 }],
        want: [["OBJECT_ADDITIONAL_PROPERTIES", "body", "/c"]],
      },
    ],
    // Regression: an inherited property was checked against the map's value schema too.
    [
      "extending a closed part with a map of its own: the map decides",
      { given: ["OpenMap", { a: "x", n: 1 }], want: [] },
    ],
    [
      "extending a closed part with a map of its own: a value of the wrong type",
      { given: ["OpenMap", { a: "x", n: "1" }], want: [["INVALID_TYPE", "body", "/n"]] },
    ],
  ])("%s", (_name, { given, want }) => expect(check(...given)).toEqual(want));
});

describe("x-ms-secret and write-only properties are not returned, as oav checks", () => {
  const spec = writeSpec({
    swagger: "2.0",
    info: { title: "t", version: "1" },
    produces: ["application/json"],
    paths: {
      "/r": {
        get: {
          operationId: "R_Get",
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/R" } } },
        },
        post: {
          operationId: "R_ListKeys",
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/R" } } },
        },
      },
    },
    definitions: {
      Key: { type: "object", properties: { value: { type: "string" } } },
      R: {
        type: "object",
        properties: {
          name: { type: "string" },
          password: { type: "string", "x-ms-secret": true },
          key: { $ref: "#/definitions/Key", "x-ms-secret": true },
          initialPassword: { type: "string", "x-ms-mutability": ["create", "update"] },
          mode: { type: "string", "x-ms-mutability": ["create", "read"] },
        },
      },
    },
  });
  const validator = createValidator([spec]);
  const check = checkOf(validator);
  test.each<[string, { given: [string, unknown]; want: [string, string, string][] }]>([
    ["a GET without them", { given: ["R_Get", { name: "r", mode: "m" }], want: [] }],
    [
      "a secret in a GET's response",
      { given: ["R_Get", { password: "p" }], want: [["SECRET_PROPERTY", "body", "/password"]] },
    ],
    [
      "a secret named by $ref",
      { given: ["R_Get", { key: { value: "k" } }], want: [["SECRET_PROPERTY", "body", "/key"]] },
    ],
    [
      "a write-only property",
      {
        given: ["R_Get", { initialPassword: "p" }],
        want: [["WRITEONLY_PROPERTY_NOT_ALLOWED_IN_RESPONSE", "body", "/initialPassword"]],
      },
    ],
    [
      "secrets in a POST's response (listKeys)",
      { given: ["R_ListKeys", { password: "p", key: { value: "k" } }], want: [] },
    ],
    [
      "a write-only property in a POST's response",
      {
        given: ["R_ListKeys", { initialPassword: "p" }],
        want: [["WRITEONLY_PROPERTY_NOT_ALLOWED_IN_RESPONSE", "body", "/initialPassword"]],
      },
    ],
  ])("%s", (_name, { given, want }) => expect(check(...given)).toEqual(want));

  test("the record names the extension", () => {
    const [violation] = validator.validateResponse({
      operationId: "R_Get",
      status: 200,
      headers: json,
      body: '{"password":"p"}',
    }).violations;
    expect(violation).toMatchObject({
      keyword: "x-ms-secret",
      message: expect.stringMatching(/secret/),
    });
  });
});
