import { contentTypeProblem, textBodyCheck } from "../../../conformance/validator/contentType.js";

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

describe("textBodyCheck: a body read as text, not parsed as JSON", () => {
  test.each<[string, { given: [string, string[]]; want: boolean | undefined }]>([
    [
      "a named text type",
      { given: ["text/plain; charset=utf-8", ["text/plain", "application/json"]], want: true },
    ],
    [
      "JSON beside it",
      { given: ["application/json", ["text/plain", "application/json"]], want: false },
    ],
    ["*/*: text", { given: ["text/html", ["*/*"]], want: true }],
    ["*/*: bytes", { given: ["application/octet-stream", ["*/*"]], want: true }],
    ["*/*: JSON", { given: ["application/json", ["*/*"]], want: false }],
    ["*/*: a +json type", { given: ["application/geo+json", ["*/*"]], want: false }],
    ["text/*: text", { given: ["text/csv", ["text/*"]], want: true }],
    [
      "text/*: a type it does not cover is read as produces promises",
      { given: ["image/png", ["text/*"]], want: false },
    ],
    ["no produces: what the server says", { given: ["text/plain", []], want: true }],
    ["no produces: JSON", { given: ["application/json", []], want: false }],
  ])("%s", (_name, { given: [contentType, produces], want }) => {
    expect(textBodyCheck(produces)?.(contentType)).toBe(want);
  });

  test("JSON-only produces decide nothing per response", () => {
    expect(textBodyCheck(["application/json; charset=utf-8", "text/json"])).toBeUndefined();
  });
});
