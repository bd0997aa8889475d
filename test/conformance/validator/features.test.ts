/**
 * Swagger 2.0 semantics on a fixture spec with what the Azure Maps specs lack: x-nullable, closed
 * enums, date-time / int32 / int64 / url formats, additionalProperties false, allOf, readOnly,
 * typed headers, a response without body, a default that is not error-only.
 */
import path from "node:path";
import { createValidator, type ResponseInput } from "../../../conformance/validator/index.js";
import { generateMutations, type MutationBase } from "../../../conformance/mutations/index.js";
import { brief } from "./helpers/setup.js";

const validator = createValidator([path.join(__dirname, "fixtures/features.json")]);

const thing = {
  id: "t1",
  createdAt: "2021-04-23T19:14:03.2452596+00:00",
  kind: "Small",
  count: 3,
  nickname: "tiny",
  homepage: "https://example.com/things/t1",
  tags: ["a"],
  sealed: { a: 1 },
  parent: { id: "p1" },
};
const base: MutationBase = {
  operationId: "Things_Get",
  status: 200,
  headers: {
    "Content-Type": "application/json",
    "Last-Modified-At": "2021-04-23T19:14:03Z",
    "Is-Cached": "true",
    Mode: "fast",
    Sizes: "1,2,3",
  },
  body: thing,
};

const given = (overrides: Partial<ResponseInput>): ResponseInput => ({ ...base, ...overrides });

describe("features fixture", () => {
  test("the base sample validates", () => {
    expect(brief(validator.validateResponse(base).violations)).toEqual([]);
  });

  test.each(generateMutations(validator.model, base, []).map((m) => [m.name, m] as const))(
    "mutation: %s",
    (_name, { given: response, want }) => {
      const result = validator.validateResponse(response);
      expect(brief(result.violations)).toEqual(want.ok ? [] : brief(want.violations));
    },
  );

  test.each([
    ["bad date-time", "bad date-time /createdAt"],
    ["closed enum, unknown value", "unknown enum value /kind (closed)"],
    ["closed enum, other case", "enum in another case /kind (SMALL)"],
    ["nullable property accepts null", "null /nickname"],
    ["nullable $ref accepts null", "null /parent"],
    ["bad int64", "bad int64 /sealed/a"],
    ["bad url", "bad url /homepage"],
    ["additionalProperties false", "undeclared property /sealed/conformanceExtraProperty"],
    ["allOf-inherited required property", "drop required /id"],
    ["bad date-time header", "header Last-Modified-At: 2021-04-23 yesterday"],
    ["bad boolean header", "header Is-Cached: maybe"],
  ])("the generator covers %s", (_name, mutationName) => {
    expect(generateMutations(validator.model, base, []).map((m) => m.name)).toContain(mutationName);
  });

  test.each([
    [
      "int32 overflow",
      {
        given: given({ body: { ...thing, count: 2 ** 31 } }),
        want: [["INVALID_FORMAT", "body", "/count"]],
      },
    ],
    [
      "minimum",
      { given: given({ body: { ...thing, count: -1 } }), want: [["MINIMUM", "body", "/count"]] },
    ],
    [
      "maxItems",
      {
        given: given({ body: { ...thing, tags: ["a", "b", "c", "d"] } }),
        want: [["ARRAY_LENGTH_LONG", "body", "/tags"]],
      },
    ],
    [
      "array item type",
      {
        given: given({ body: { ...thing, tags: ["a", 1] } }),
        want: [["INVALID_TYPE", "body", "/tags/1"]],
      },
    ],
    [
      "readOnly property in a response is fine",
      { given: given({ body: { ...thing, id: "ro" } }), want: [] },
    ],
    [
      "unknown x- extension keys of the spec are not properties",
      {
        given: given({ body: { ...thing, "x-unknown-extension-is-not-a-property": 5 } }),
        want: [["INVALID_TYPE", "body", "/x-unknown-extension-is-not-a-property"]],
      },
    ],
    [
      "closed header enum",
      {
        given: given({ headers: { ...base.headers, Mode: "turbo" } }),
        want: [["ENUM_MISMATCH", "header", "/Mode"]],
      },
    ],
    [
      "closed header enum, other case",
      {
        given: given({ headers: { ...base.headers, Mode: "FAST" } }),
        want: [["ENUM_CASE_MISMATCH", "header", "/Mode"]],
      },
    ],
    [
      "csv array header item",
      {
        given: given({ headers: { ...base.headers, Sizes: "1,x" } }),
        want: [["INVALID_TYPE", "header", "/Sizes/1"]],
      },
    ],
    [
      "header value whitespace is trimmed",
      { given: given({ headers: { ...base.headers, "Is-Cached": " false " } }), want: [] },
    ],
    [
      "second produces entry",
      {
        given: given({ headers: { ...base.headers, "Content-Type": "application/problem+json" } }),
        want: [],
      },
    ],
    [
      "204 needs neither body nor Content-Type",
      { given: { operationId: "Things_Get", status: 204 }, want: [] },
    ],
    [
      "204 with an empty text body",
      { given: { operationId: "Things_Get", status: 204, body: "" }, want: [] },
    ],
    [
      "204 cannot have content",
      {
        given: { operationId: "Things_Get", status: 204, body: '{"id":"t"}' },
        want: [["INVALID_RESPONSE_BODY", "body", ""]],
      },
    ],
    // Regression: a `default` with a schema covers 304 and 1xx too, which then needed a body
    // and a Content-Type they cannot have.
    [
      "304 under a default with a schema needs neither body nor Content-Type",
      { given: { operationId: "Things_GetSummary", status: 304 }, want: [] },
    ],
    [
      "101 under a default with a schema needs neither body nor Content-Type",
      { given: { operationId: "Things_GetSummary", status: 101, headers: {} }, want: [] },
    ],
    [
      "304 under a default with a schema cannot have content",
      {
        given: { operationId: "Things_GetSummary", status: 304, body: { title: "t" } },
        want: [["INVALID_RESPONSE_BODY", "body", ""]],
      },
    ],
    [
      "a default-only operation's default covers success",
      {
        given: given({ operationId: "Things_GetSummary", status: 200, body: { title: "t" } }),
        want: [],
      },
    ],
    // Regression: with success codes declared, the generated client's isUnexpected (and oav)
    // take an undeclared 2xx for an error; the check passed it under `default`.
    [
      "a default does not cover an undeclared 2xx beside declared success codes",
      {
        given: given({ status: 201, body: { title: "created" } }),
        want: [["INVALID_RESPONSE_CODE", "status", ""]],
      },
    ],
    [
      "non-error default checks its schema",
      {
        given: given({ status: 503, body: {} }),
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/title"]],
      },
    ],
    [
      "status outside 100-599",
      { given: given({ status: 99 }), want: [["INVALID_RESPONSE_CODE", "status", ""]] },
    ],
  ])("%s", (_name, { given: response, want }) => {
    expect(brief(validator.validateResponse(response).violations)).toEqual(want);
  });
});
