import {
  createValidator,
  isValidatorError,
  type ResponseInput,
} from "../../../conformance/validator/index.js";
import { brief } from "./helpers/setup.js";

const validator = createValidator();
const json = { "Content-Type": "application/json" };
const DS = "Dataset_GetOperation";
const DR = "DataRegistry_GetOperation";

describe("validateResponse: a response checked as a whole", () => {
  test.each<[string, { given: ResponseInput; want: [string, string, string][] }]>([
    [
      "all parts wrong at once are all reported",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: { "Content-Type": "text/plain", "Resource-Location": "/relative" },
          body: '{"operationId":1,"status":"succeeded"}',
        },
        want: [
          ["INVALID_CONTENT_TYPE", "content-type", ""],
          ["INVALID_FORMAT", "header", "/Resource-Location"],
          ["INVALID_TYPE", "body", "/operationId"],
          ["ENUM_CASE_MISMATCH", "body", "/status"],
          ["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/created"],
        ].sort((a, b) => a.join(" ").localeCompare(b.join(" "))) as [string, string, string][],
      },
    ],
    [
      "an undeclared status stops there",
      {
        given: { operationId: DR, status: 202, headers: {}, body: "garbage" },
        want: [["INVALID_RESPONSE_CODE", "status", ""]],
      },
    ],
    [
      "an error status is checked against the error model",
      {
        given: {
          operationId: DR,
          status: 400,
          headers: json,
          body: { error: { code: "BadRequest" } },
        },
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/error/message"]],
      },
    ],
    [
      "x-ms-error-code header is optional",
      {
        given: {
          operationId: DR,
          status: 400,
          headers: json,
          body: { error: { code: "c", message: "m" } },
        },
        want: [],
      },
    ],
    [
      "Retry-After may come with Completed",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: { ...json, "Retry-After": "5" },
          body: { id: "x", status: "Completed" },
        },
        want: [],
      },
    ],
    [
      "Retry-After as an HTTP-date is not the declared integer",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: { ...json, "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" },
          body: { id: "x", status: "Running" },
        },
        want: [["INVALID_TYPE", "header", "/Retry-After"]],
      },
    ],
    [
      "Resource-Location is required only when Succeeded",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-23T19:14:03Z", status: "Failed" },
        },
        want: [],
      },
    ],
    // `created` is `format: date-time` (see the Dataset spec's info.description).
    [
      "created as the samples print it",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: {
            operationId: "o",
            created: "2021-04-20T22:43:14.9401559+00:00",
            status: "Running",
          },
        },
        want: [],
      },
    ],
    [
      "created in UTC",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-20T22:43:14Z", status: "Running" },
        },
        want: [],
      },
    ],
    [
      "created on 30 February",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-02-30T00:00:00Z", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created in month 13",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-13-01T00:00:00Z", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created at hour 24",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-20T24:00:00Z", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created without an offset",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-20T22:43:14.9401559", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created with a space separator",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-20 22:43:14Z", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created with a lower-case t",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "2021-04-20t22:43:14Z", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "created as text",
      {
        given: {
          operationId: DS,
          status: 200,
          headers: json,
          body: { operationId: "o", created: "yesterday", status: "Running" },
        },
        want: [["INVALID_FORMAT", "body", "/created"]],
      },
    ],
    [
      "null is rejected where x-nullable is absent",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: { id: "x", status: "Completed", error: null },
        },
        want: [["INVALID_TYPE", "body", "/error"]],
      },
    ],
    [
      "undeclared properties are accepted (objects are open)",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: { id: "x", status: "Completed", percentComplete: 100 },
        },
        want: [],
      },
    ],
    [
      "pointers escape ~ and /",
      {
        given: {
          operationId: DR,
          status: 400,
          headers: json,
          body: { error: { code: "c", message: "m", details: [{ code: "c" }] } },
        },
        want: [["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/error/details/0/message"]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const result = validator.validateResponse(given);
    expect(brief(result.violations)).toEqual(want);
    expect(result.ok).toBe(want.length === 0);
  });

  test("a violation record carries operation, status, keyword and a message naming the problem", () => {
    const [violation] = validator.validateResponse({
      operationId: DR,
      status: 200,
      headers: { ...json, "Retry-After": "soon" },
      body: { id: "x", status: "Running" },
    }).violations;
    expect(violation).toEqual({
      operation: DR,
      status: 200,
      location: "header",
      pointer: "/Retry-After",
      keyword: "type",
      message: 'header Retry-After: must be integer (got "soon")',
      code: "INVALID_TYPE",
    });
  });
});

describe("createValidator", () => {
  test.each<[string, { given: () => unknown; want: { code: string; message: RegExp } }]>([
    [
      "a header rule naming an undeclared header",
      {
        given: () =>
          createValidator({
            headerRules: [{ operationId: DS, response: "200", header: "Retry-After", reason: "r" }],
          }),
        want: { code: "INVALID_HEADER_RULE", message: /Retry-After/ },
      },
    ],
    [
      "a limit that is not a positive integer",
      {
        given: () => createValidator({ maxDepth: 0 }),
        want: { code: "", message: /maxDepth must be a positive integer/ },
      },
    ],
    [
      "a nulls policy it does not know",
      {
        given: () => createValidator({ nulls: "lenient" as never }),
        want: { code: "", message: /nulls must be "declared" or "oav", got "lenient"/ },
      },
    ],
  ])("throws on %s", (_name, { given, want }) => {
    let thrown: unknown;
    try {
      given();
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(want.message);
    if (want.code) {
      expect(isValidatorError(thrown)).toBe(true);
      expect((thrown as { code: string }).code).toBe(want.code);
    }
  });

  test("the bundled specs load without a warning", () => {
    expect(validator.warnings).toEqual([]);
  });

  test("limits are options", () => {
    const strict = createValidator({ maxDepth: 2, maxBodyBytes: 40 });
    const base = { operationId: DR, status: 200, headers: json };
    expect(
      brief(
        strict.validateResponse({
          ...base,
          body: '{"id":"x","status":"Failed","error":{"code":"c","message":"m"}}',
        }).violations,
      ),
    ).toEqual([["BODY_TOO_LARGE", "body", ""]]);
    expect(
      brief(
        strict.validateResponse({ ...base, body: '{"a":{"b":[]},"id":"x","status":"Done"}' })
          .violations,
      ),
    ).toEqual([["BODY_TOO_DEEP", "body", ""]]);
  });

  test("operations() describes what was loaded", () => {
    expect(
      validator.operations().map((o) => [o.operationId, o.method, o.path, o.produces, o.responses]),
    ).toEqual([
      [
        DS,
        "GET",
        "/datasets/operations/{operationId}",
        ["application/json"],
        [
          { key: "200", errorOnly: false, hasBody: true, headers: ["Resource-Location"] },
          { key: "default", errorOnly: true, hasBody: true, headers: [] },
        ],
      ],
      [
        DR,
        "GET",
        "/dataRegistries/operations/{operationId}",
        ["application/json"],
        [
          { key: "200", errorOnly: false, hasBody: true, headers: ["Retry-After"] },
          { key: "default", errorOnly: true, hasBody: true, headers: ["x-ms-error-code"] },
        ],
      ],
    ]);
  });
});
