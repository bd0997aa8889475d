import { contentTypeProblem } from "../../../conformance/validator/contentType.js";

describe("contentTypeProblem", () => {
  test.each<[string, { given: [string | undefined, string[]]; want: boolean }]>([
    ["exact", { given: ["application/json", ["application/json"]], want: true }],
    [
      "charset parameter",
      { given: ["application/json; charset=utf-8", ["application/json"]], want: true },
    ],
    ["case-insensitive", { given: ["Application/JSON", ["application/json"]], want: true }],
    ["other type", { given: ["text/html", ["application/json"]], want: false }],
    [
      "suffix is not the same type",
      { given: ["application/problem+json", ["application/json"]], want: false },
    ],
    ["missing", { given: [undefined, ["application/json"]], want: false }],
    ["nothing declared: nothing to check", { given: [undefined, []], want: true }],
    ["wildcard declared", { given: ["text/plain", ["*/*"]], want: true }],
  ])("%s", (_name, { given, want }) => {
    expect(contentTypeProblem(...given) === undefined).toBe(want);
  });
});

describe("contentTypeProblem messages", () => {
  test("list produces as the spec writes it, parameters and all, once each", () => {
    const produces = [
      "application/json;serialization=Avro",
      "application/json",
      "application/json",
    ];
    expect(contentTypeProblem("text/plain", produces)).toBe(
      'Content-Type "text/plain" is not among application/json;serialization=Avro, application/json',
    );
    expect(contentTypeProblem(undefined, produces)).toBe(
      "Content-Type is missing; the operation produces application/json;serialization=Avro, application/json",
    );
  });
});
