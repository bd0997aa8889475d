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

/** The defects of issue #13, one regression test each, named after the defect. */
describe("regressions: hostile input that broke the validator's contract", () => {
  const running = { id: "x", status: "Running" };
  const runningText = JSON.stringify(running);
  const check = (given: ResponseInput) => brief(validator.validateResponse(given).violations);

  test("a parsed body whose getter throws Object.create(null) gives a record, not a throw", () => {
    const body = {
      id: "x",
      get status(): string {
        throw Object.create(null);
      },
    };
    const result = validator.validateResponse({
      operationId: DR,
      status: 200,
      headers: json,
      body,
    });
    expect(brief(result.violations)).toEqual([["INTERNAL_ERROR", "body", ""]]);
    expect(result.violations[0]!.message).toMatch(/cannot be converted to text/);
  });

  test("an endless iterable of header entries returns HEADERS_TOO_LARGE", () => {
    function* endless(): Generator<[string, string]> {
      yield ["Content-Type", "application/json"];
      for (let i = 0; ; i++) yield [`x-h${i}`, "v"];
    }
    expect(check({ operationId: DR, status: 200, headers: endless(), body: runningText })).toEqual([
      ["HEADERS_TOO_LARGE", "header", ""],
    ]);
  });

  test.each<[string, unknown]>([
    ["empty entries", Array.from({ length: 10_000 }, () => ["", ""])],
    ["non-string names", Array.from({ length: 10_000 }, (_, i) => [i, "v"])],
    ["undefined values", Array.from({ length: 10_000 }, (_, i) => [`x-h${i}`, undefined])],
    ["entries that are no pairs", Array.from({ length: 10_000 }, () => null)],
  ])("%s count against the header budget", (_name, headers) => {
    expect(
      check({ operationId: DR, status: 200, headers: headers as never, body: runningText }),
    ).toEqual([["HEADERS_TOO_LARGE", "header", ""]]);
  });

  // The million, scaled down: building a million-key object alone takes seconds.
  test("100,000 headers are not all read before the budget applies", () => {
    let reads = 0;
    const headers = new Proxy(
      Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x-h${i}`, "v"])),
      {
        get(targetObject, name, receiver) {
          reads++;
          return Reflect.get(targetObject, name, receiver);
        },
      },
    );
    expect(check({ operationId: DR, status: 200, headers, body: runningText })).toEqual([
      ["HEADERS_TOO_LARGE", "header", ""],
    ]);
    expect(reads).toBeLessThan(2000);
  });

  test.each<[string, Record<string, string>, [string, string, string][]]>([
    [
      "Content-Type with CR/LF and a smuggled Set-Cookie",
      { "Content-Type": "application/json;\r\nSet-Cookie: a=b", "Retry-After": "10" },
      [["HEADER_CONTROL_CHARACTER", "header", "/Content-Type"]],
    ],
    [
      "Retry-After ending in LF",
      { ...json, "Retry-After": "10\n" },
      [["HEADER_CONTROL_CHARACTER", "header", "/Retry-After"]],
    ],
    [
      "an undeclared header with CR",
      { ...json, "Retry-After": "10", "x-other": "a\rb" },
      [["HEADER_CONTROL_CHARACTER", "header", "/x-other"]],
    ],
  ])("a header value with CR/LF is a violation: %s", (_name, headers, want) => {
    expect(check({ operationId: DR, status: 200, headers, body: runningText })).toEqual(want);
  });

  test("CR/LF is a violation under a status the spec does not declare too", () => {
    const headers = { ...json, "x-ms-request-id": "a\r\nSet-Cookie: e=1" };
    expect(check({ operationId: DR, status: 299, headers, body: runningText })).toEqual([
      ["HEADER_CONTROL_CHARACTER", "header", "/x-ms-request-id"],
      ["INVALID_RESPONSE_CODE", "status", ""],
    ]);
  });

  test("Retry-After: 99999999999999999999999 is out of its integer range", () => {
    expect(
      check({
        operationId: DR,
        status: 200,
        headers: { ...json, "Retry-After": "99999999999999999999999" },
        body: runningText,
      }),
    ).toEqual([["INVALID_FORMAT", "header", "/Retry-After"]]);
  });

  test("a body built as Object.create(validBody) has no own properties, so none count", () => {
    expect(
      check({
        operationId: DR,
        status: 200,
        headers: { ...json, "Retry-After": "10" },
        body: Object.create(running),
      }),
    ).toEqual([
      ["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/id"],
      ["OBJECT_MISSING_REQUIRED_PROPERTY", "body", "/status"],
    ]);
  });

  test("a 50 MB string inside a parsed body is refused by maxBodyBytes, as the same text is", () => {
    const body = { ...running, id: "x".repeat(50 * 1024 * 1024) };
    const headers = { ...json, "Retry-After": "10" };
    const parsed = check({ operationId: DR, status: 200, headers, body });
    expect(parsed).toEqual([["BODY_TOO_LARGE", "body", ""]]);
    expect(check({ operationId: DR, status: 200, headers, body: JSON.stringify(body) })).toEqual(
      parsed,
    );
  });

  // A 1 MiB body of wrong values gave 260,000 records (36 MiB of report).
  test("a body with thousands of findings lists 100 and counts the rest", () => {
    const details = Array.from({ length: 5000 }, (_, i) => i);
    const { violations } = validator.validateResponse({
      operationId: DR,
      status: 500,
      headers: json,
      body: JSON.stringify({ error: { code: "c", message: "m", details } }),
    });
    expect(violations).toHaveLength(101);
    expect(violations.slice(0, 100).every((v) => v.code === "INVALID_TYPE")).toBe(true);
    expect(violations[100]).toMatchObject({
      code: "TOO_MANY_VIOLATIONS",
      location: "body",
      pointer: "",
      message: "4900 more findings not listed: at most 100 are",
    });
  });
});

describe("validateResponse returns records whatever getters, proxies and iterables do", () => {
  const thrower = (): never => {
    throw Object.create(null);
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = (name: string) =>
    new Proxy({ id: "x", status: "Running" }, { [name]: thrower } as ProxyHandler<object>);

  test.each<[string, () => unknown]>([
    ["input is null", () => null],
    [
      "operationId getter throws",
      () => ({
        get operationId(): string {
          return thrower();
        },
        status: 200,
      }),
    ],
    [
      "status getter throws",
      () => ({
        operationId: DR,
        get status(): number {
          return thrower();
        },
      }),
    ],
    [
      "headers getter throws",
      () => ({
        operationId: DR,
        status: 200,
        get headers(): never {
          return thrower();
        },
      }),
    ],
    [
      "body getter throws",
      () => ({
        operationId: DR,
        status: 200,
        headers: json,
        get body(): never {
          return thrower();
        },
      }),
    ],
    ["the input is a proxy that throws on get", () => new Proxy({}, { get: thrower })],
    [
      "a revoked proxy as body",
      () => ({ operationId: DR, status: 200, headers: json, body: revoked.proxy }),
    ],
    [
      "a revoked proxy as headers",
      () => ({ operationId: DR, status: 200, headers: revoked.proxy, body: "{}" }),
    ],
    ...["get", "ownKeys", "getOwnPropertyDescriptor", "has", "getPrototypeOf"].map(
      (name): [string, () => unknown] => [
        `a body proxy whose ${name} trap throws`,
        () => ({ operationId: DR, status: 200, headers: json, body: trap(name) }),
      ],
    ),
    ...["get", "ownKeys", "getOwnPropertyDescriptor"].map((name): [string, () => unknown] => [
      `a headers proxy whose ${name} trap throws`,
      () => ({ operationId: DR, status: 200, headers: trap(name), body: "{}" }),
    ]),
    [
      "a header iterable that throws",
      () => ({
        operationId: DR,
        status: 200,
        headers: {
          *[Symbol.iterator]() {
            yield ["Content-Type", "application/json"];
            thrower();
          },
        },
        body: "{}",
      }),
    ],
    [
      "a header iterator whose next() returns garbage",
      () => ({
        operationId: DR,
        status: 200,
        headers: { [Symbol.iterator]: () => ({ next: () => 42 }) },
        body: "{}",
      }),
    ],
    [
      "a status that is an object whose valueOf throws",
      () => ({ operationId: DR, status: { valueOf: thrower }, headers: json, body: "{}" }),
    ],
  ])("%s", (_name, given) => {
    let result: ValidationResult | undefined;
    expect(() => {
      result = validator.validateResponse(given() as ResponseInput);
    }).not.toThrow();
    expect(result!.ok).toBe(false);
    expect(result!.violations.length).toBeGreaterThan(0);
  });
});

describe("generated hostile objects: getters, proxies and prototypes at any depth", () => {
  const TRAPS = ["get", "ownKeys", "getOwnPropertyDescriptor", "has", "getPrototypeOf"] as const;
  type Twist =
    | { kind: "none" }
    | { kind: "trap"; trap: (typeof TRAPS)[number] }
    | { kind: "getter" }
    | { kind: "inherit" };
  const twist: fc.Arbitrary<Twist> = fc.oneof(
    { weight: 6, arbitrary: fc.constant<Twist>({ kind: "none" }) },
    fc.constantFrom(...TRAPS).map((trap): Twist => ({ kind: "trap", trap })),
    fc.constant<Twist>({ kind: "getter" }),
    fc.constant<Twist>({ kind: "inherit" }),
  );

  /** `value` with every object in it twisted as `twists` says, in visiting order. */
  function hostile(value: unknown, twists: Twist[]): unknown {
    if (value === null || typeof value !== "object") return value;
    const copy: Record<string, unknown> = Array.isArray(value) ? ([] as never) : {};
    for (const [k, v] of Object.entries(value)) copy[k] = hostile(v, twists);
    const t = twists.shift() ?? { kind: "none" };
    switch (t.kind) {
      case "trap":
        return new Proxy(copy, {
          [t.trap]: () => {
            throw Object.create(null);
          },
        });
      case "getter":
        return Object.defineProperty(copy, "boom", {
          enumerable: true,
          get: () => {
            throw new Error("getter");
          },
        });
      case "inherit":
        return Object.create(copy);
      default:
        return copy;
    }
  }

  test("every one gives well-formed records and never throws", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(twist, { maxLength: 20 }),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
        fc.array(twist, { maxLength: 3 }),
        (body, bodyTwists, headers, headerTwists) => {
          const result = validator.validateResponse({
            operationId: DR,
            status: 200,
            headers: hostile(headers, headerTwists) as Record<string, string>,
            body: hostile(body, bodyTwists),
          });
          return (
            result.ok === (result.violations.length === 0) &&
            result.violations.every((v) => typeof v.message === "string")
          );
        },
      ),
      { numRuns: 1000, seed: 13 },
    );
  });
});
