import {
  textDepthExceeds,
  valueShapeProblem,
} from "../../../../conformance/validator/body/depth.js";

describe("textDepthExceeds (limit 3)", () => {
  test.each([
    ["flat", { given: '{"a":1}', want: false }],
    ["exactly 3", { given: '{"a":[{"b":1}]}', want: false }],
    ["4 levels", { given: '{"a":[{"b":[]}]}', want: true }],
    ["brackets in strings", { given: '{"a":"[[[[[["}', want: false }],
    ["escaped quote in string", { given: '{"a":"\\"[[[[[["}', want: false }],
    ["escaped backslash ends string", { given: '{"a":"\\\\","b":[[[[]]]]}', want: true }],
    ["unclosed", { given: "[[[[", want: true }],
  ])("%s", (_name, { given, want }) => {
    expect(textDepthExceeds(given, 3)).toBe(want);
  });
});

describe("valueShapeProblem (depth 3, 20 values)", () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const shared = [1, 2, 3, 4, 5];
  test.each<[string, { given: unknown; want: string | undefined }]>([
    ["scalar", { given: "x", want: undefined }],
    ["exactly 3 levels", { given: { a: [{ b: 1 }] }, want: undefined }],
    ["4 levels", { given: { a: [{ b: [] }] }, want: "maxDepth" }],
    ["cycle", { given: cycle, want: "maxDepth" }],
    ["many values", { given: Array.from({ length: 25 }, () => 1), want: "maxNodes" }],
    [
      "shared subtree counts per reference",
      { given: [shared, shared, shared, shared], want: "maxNodes" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(valueShapeProblem(given, 3, 20)).toBe(want);
  });
});
