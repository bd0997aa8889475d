/**
 * Hostile input: anything a server (or a broken proxy) can send yields violation records, never
 * an exception, a stack overflow or a hang.
 */
import fc from "fast-check";
import {
  createValidator,
  VIOLATION_CODES,
  type ResponseInput,
  type ValidationResult,
} from "../../../conformance/validator/index.js";
import { brief } from "./helpers/setup.js";

const validator = createValidator();
const DR = "DataRegistry_GetOperation";
const DS = "Dataset_GetOperation";
const json = { "Content-Type": "application/json" };

/** Nested `details` errors: the recursive $ref ajv would follow level by level. */
function nestedDetails(levels: number): string {
  const open = '{"code":"c","message":"m","details":['.repeat(levels);
  const close = "]}".repeat(levels);
  return `{"id":"x","status":"Failed","error":${open}{"code":"c","message":"m"}${close}}`;
}

function nestedValue(levels: number): unknown {
  let node: Record<string, unknown> = { code: "c", message: "m" };
  for (let i = 0; i < levels; i++) node = { code: "c", message: "m", details: [node] };
  return { id: "x", status: "Failed", error: node };
}

const cyclic: Record<string, unknown> = { id: "x", status: "Running" };
cyclic.self = cyclic;

/** 2^40 paths through 40 shared arrays: tiny in memory, endless for a naive walk. */
function dag(levels: number): unknown {
  let node: unknown = "leaf";
  for (let i = 0; i < levels; i++) node = [node, node];
  return { id: "x", status: "Running", extra: node };
}

const tenMegabytes = `{"id":"x","status":"Running","pad":"${"a".repeat(10 * 1024 * 1024)}"}`;

describe("hostile bodies and headers give violation records", () => {
  test.each<[string, { given: ResponseInput; want: [string, string, string][] }]>([
    [
      "empty body",
      {
        given: { operationId: DR, status: 200, headers: json, body: "" },
        want: [["INVALID_RESPONSE_BODY", "body", ""]],
      },
    ],
    [
      "whitespace body",
      {
        given: { operationId: DR, status: 200, headers: json, body: " \r\n\t" },
        want: [["INVALID_RESPONSE_BODY", "body", ""]],
      },
    ],
    [
      "empty Buffer",
      {
        given: { operationId: DR, status: 200, headers: json, body: Buffer.alloc(0) },
        want: [["INVALID_RESPONSE_BODY", "body", ""]],
      },
    ],
    [
      "non-JSON",
      {
        given: { operationId: DR, status: 200, headers: json, body: "Service Unavailable" },
        want: [["JSON_PARSING_ERROR", "body", ""]],
      },
    ],
    [
      "truncated",
      {
        given: { operationId: DR, status: 200, headers: json, body: '{"id":"x","sta' },
        want: [["JSON_PARSING_ERROR", "body", ""]],
      },
    ],
    [
      "invalid UTF-8",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
        },
        want: [["JSON_PARSING_ERROR", "body", ""]],
      },
    ],
    [
      "10 MB body",
      {
        given: { operationId: DR, status: 200, headers: json, body: tenMegabytes },
        want: [["BODY_TOO_LARGE", "body", ""]],
      },
    ],
    [
      "10 MB Buffer",
      {
        given: { operationId: DR, status: 200, headers: json, body: Buffer.from(tenMegabytes) },
        want: [["BODY_TOO_LARGE", "body", ""]],
      },
    ],
    [
      "10,000 nested arrays",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: "[".repeat(10_000) + "]".repeat(10_000),
        },
        want: [["BODY_TOO_DEEP", "body", ""]],
      },
    ],
    [
      "10,000 unclosed arrays",
      {
        given: { operationId: DR, status: 200, headers: json, body: "[".repeat(10_000) },
        want: [["BODY_TOO_DEEP", "body", ""]],
      },
    ],
    [
      "10,000 levels of recursive error details (text)",
      {
        given: { operationId: DR, status: 200, headers: json, body: nestedDetails(10_000) },
        want: [["BODY_TOO_DEEP", "body", ""]],
      },
    ],
    [
      "10,000 levels of recursive error details (parsed)",
      {
        given: { operationId: DR, status: 200, headers: json, body: nestedValue(10_000) },
        want: [["BODY_TOO_DEEP", "body", ""]],
      },
    ],
    [
      "60 levels of recursive error details are within the limit",
      { given: { operationId: DR, status: 200, headers: json, body: nestedDetails(30) }, want: [] },
    ],
    [
      "brackets inside strings do not count as depth",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: `{"id":"${"[".repeat(10_000)}","status":"Running"}`,
        },
        want: [["INVALID_RESPONSE_HEADER", "header", "/Retry-After"]],
      },
    ],
    [
      "cyclic parsed body",
      {
        given: { operationId: DR, status: 200, headers: json, body: cyclic },
        want: [["BODY_TOO_DEEP", "body", ""]],
      },
    ],
    [
      "shared-subtree parsed body",
      {
        given: { operationId: DR, status: 200, headers: json, body: dag(40) },
        want: [["BODY_TOO_LARGE", "body", ""]],
      },
    ],
    [
      "huge header value",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: { ...json, "Retry-After": "9".repeat(1_000_000) },
          body: '{"id":"x","status":"Running"}',
        },
        want: [["HEADERS_TOO_LARGE", "header", ""]],
      },
    ],
    [
      "100,000 headers",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x-h${i}`, "v"])),
          body: '{"id":"x","status":"Completed"}',
        },
        want: [["HEADERS_TOO_LARGE", "header", ""]],
      },
    ],
    [
      // The range is checked on the text (int32 here), before any number is parsed from it.
      "integer header beyond the double range is out of its format's range",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: { ...json, "Retry-After": "9".repeat(400) },
          body: '{"id":"x","status":"Running"}',
        },
        want: [["INVALID_FORMAT", "header", "/Retry-After"]],
      },
    ],
    [
      "__proto__ keys",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: '{"id":"x","status":"__proto__","__proto__":{"status":1}}',
        },
        want: [],
      },
    ],
    [
      "getter that throws",
      {
        given: {
          operationId: DR,
          status: 200,
          headers: json,
          body: {
            id: "x",
            get status(): string {
              throw new Error("boom");
            },
          },
        },
        want: [["INTERNAL_ERROR", "body", ""]],
      },
    ],
    [
      "status NaN",
      {
        given: { operationId: DS, status: Number.NaN, headers: json, body: "{}" },
        want: [["INVALID_RESPONSE_CODE", "status", ""]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(brief(validator.validateResponse(given).violations)).toEqual(want);
  });

  test("an unknown operation is a caller bug and throws UnknownOperationError", () => {
    expect(() => validator.validateResponse({ operationId: "Nope", status: 200 })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_OPERATION", name: "UnknownOperationError" }),
    );
  });
});

describe("thousands of generated hostile responses", () => {
  const codes = new Set<string>(VIOLATION_CODES);
  const valid = '{"id":"0522b4fe-0539-4c6c-ba70-e35ec865d8e2","status":"Running"}';

  const isRecordSet = (result: ValidationResult): boolean =>
    result.ok === (result.violations.length === 0) &&
    result.violations.every(
      (v) =>
        codes.has(v.code) &&
        ["body", "header", "status", "content-type"].includes(v.location) &&
        typeof v.pointer === "string" &&
        typeof v.message === "string",
    );

  const body = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.jsonValue({ maxDepth: 4 }),
    fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
    fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    fc.nat({ max: 200 }).map((n) => "[".repeat(n) + "]".repeat(n)),
    fc.nat({ max: 200 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)),
    fc.constantFrom<unknown>(undefined, null, "", valid, Buffer.from(valid)),
  );
  const headers = fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        "Content-Type",
        "Retry-After",
        "content-type",
        "retry-after",
        "x-ms-error-code",
      ),
      fc.string({ maxLength: 20 }),
    ),
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.integer(),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    ),
    { maxKeys: 6 },
  );
  const response = fc.record({
    operationId: fc.constantFrom(DR, DS),
    status: fc.oneof(
      fc.constantFrom(200, 201, 400, 500),
      fc.integer({ min: -10, max: 1000 }),
      fc.double(),
    ),
    headers,
    body,
  });

  test("every generated response gives well-formed records and never throws", () => {
    let rejected = 0;
    fc.assert(
      fc.property(response, (given) => {
        const result = validator.validateResponse(given);
        if (!result.ok) rejected++;
        return isRecordSet(result);
      }),
      { numRuns: 5000, seed: 20230601 },
    );
    // Most generated responses are broken; if none were rejected the validator checks nothing.
    expect(rejected).toBeGreaterThan(2500);
  });
});
