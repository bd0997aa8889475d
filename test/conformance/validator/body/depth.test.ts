import { textDepthExceeds } from "../../../../conformance/validator/body/depth.js";

describe("textDepthExceeds (limit 3)", () => {
  test.each([
    ["flat", { given: '{"a":1}', want: false }],
    ["exactly 3", { given: '{"a":[{"b":1}]}', want: false }],
    ["4 levels", { given: '{"a":[{"b":[]}]}', want: true }],
    ["many brackets side by side are not deep", { given: "[[],[],[],[],[]]", want: false }],
    ["brackets in strings", { given: '{"a":"[[[[[["}', want: false }],
    ["escaped quote in string", { given: '{"a":"\\"[[[[[["}', want: false }],
    ["escaped backslash ends string", { given: '{"a":"\\\\","b":[[[[]]]]}', want: true }],
    ["unclosed", { given: "[[[[", want: true }],
  ])("%s", (_name, { given, want }) => {
    expect(textDepthExceeds(given, 3)).toBe(want);
  });
});
