import { copyValue } from "../../../../conformance/validator/body/copy.js";
import { BodyProblem } from "../../../../conformance/validator/body/result.js";

const limits = { maxBodyBytes: 100, maxDepth: 3 };

describe("copyValue: a parsed body as the JSON it stands for (depth 3, 100 bytes)", () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const shared = ["0123456789", "0123456789"];
  const withProto = JSON.parse('{"__proto__":{"a":1}}') as unknown;
  test.each<[string, { given: unknown; want: unknown }]>([
    ["scalar", { given: "x", want: { value: "x" } }],
    ["exactly 3 levels", { given: { a: [{ b: 1 }] }, want: { value: { a: [{ b: 1 }] } } }],
    ["4 levels", { given: { a: [{ b: [] }] }, want: "BODY_TOO_DEEP" }],
    ["cycle", { given: cycle, want: "BODY_TOO_DEEP" }],
    ["a long string", { given: { a: "x".repeat(200) }, want: "BODY_TOO_LARGE" }],
    [
      "a shared subtree counts once per reference",
      { given: [shared, shared, shared, shared], want: "BODY_TOO_LARGE" },
    ],
    ["a sparse array of 2^32 - 1 holes", { given: new Array(2 ** 32 - 1), want: "BODY_TOO_LARGE" }],
    ["inherited properties do not count", { given: Object.create({ a: 1 }), want: { value: {} } }],
    [
      "non-enumerable properties do not count",
      {
        given: Object.defineProperty({}, "a", { value: 1, enumerable: false }),
        want: { value: {} },
      },
    ],
    [
      "undefined properties are left out",
      { given: { a: undefined, b: 1 }, want: { value: { b: 1 } } },
    ],
    [
      "non-JSON values in arrays become null",
      {
        given: [undefined, () => 1, Number.NaN, Infinity],
        want: { value: [null, null, null, null] },
      },
    ],
    ["a Date is an object without properties", { given: new Date(0), want: { value: {} } }],
    ["a bigint is no JSON", { given: { a: 1n }, want: "JSON_PARSING_ERROR" }],
    ["__proto__ stays an own property", { given: withProto, want: { value: withProto } }],
  ])("%s", (_name, { given, want }) => {
    const read = copyValue(given, limits);
    expect(read instanceof BodyProblem ? read.code : { value: read }).toEqual(want);
  });

  test("each getter is read once", () => {
    let reads = 0;
    const body = {
      get status(): string {
        reads++;
        return "Running";
      },
    };
    expect(copyValue(body, limits)).toEqual({ status: "Running" });
    expect(reads).toBe(1);
  });

  test("the copy is a new object: the caller's body is never handed to ajv", () => {
    const body = { a: { b: 1 } };
    expect(copyValue(body, limits)).not.toBe(body);
  });
});
