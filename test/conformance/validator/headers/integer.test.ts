import { integerRangeProblem } from "../../../../conformance/validator/headers/integer.js";

describe("integerRangeProblem: the range of an integer header, exact on its text", () => {
  test.each<[string, { given: [string, string | undefined]; want: boolean }]>([
    ["int32 in range", { given: ["10", "int32"], want: false }],
    ["int32 maximum", { given: ["2147483647", "int32"], want: false }],
    ["int32 over", { given: ["2147483648", "int32"], want: true }],
    ["int32 minimum", { given: ["-2147483648", "int32"], want: false }],
    ["23 digits as int32", { given: ["99999999999999999999999", "int32"], want: true }],
    ["int64 maximum, not a safe integer", { given: ["9223372036854775807", "int64"], want: false }],
    ["int64 over by one", { given: ["9223372036854775808", "int64"], want: true }],
    ["no format: a safe integer", { given: ["9007199254740991", undefined], want: false }],
    ["no format: past 2^53", { given: ["9007199254740993", undefined], want: true }],
    ["not an integer: for the schema to report", { given: ["soon", "int32"], want: false }],
    ["whitespace around", { given: [" 10 ", "int32"], want: false }],
  ])("%s", (_name, { given, want }) => {
    const [text, format] = given;
    const value = Number(text);
    // Only integer literals reach the range check; the schema reports the rest.
    if (!/^\s*[+-]?\d+\s*$/.test(text)) return expect(want).toBe(false);
    expect(integerRangeProblem(value, text, format) !== undefined).toBe(want);
  });
});
