import { normalizeHeaders } from "../../../../conformance/validator/headers/normalize.js";
import type { HeadersInput } from "../../../../conformance/validator/index.js";

describe("normalizeHeaders", () => {
  test.each<[string, { given: HeadersInput | undefined; want: [string, string][] | "too large" }]>([
    ["absent", { given: undefined, want: [] }],
    ["names lower-cased", { given: { "Retry-After": "10" }, want: [["retry-after", "10"]] }],
    [
      "numbers as text (x-ms-examples)",
      { given: { "Retry-After": 10 }, want: [["retry-after", "10"]] },
    ],
    [
      "arrays combined (Node IncomingHttpHeaders)",
      { given: { "x-a": ["1", "2"] }, want: [["x-a", "1, 2"]] },
    ],
    [
      "repeated names in other case combined",
      {
        given: [
          ["X-A", "1"],
          ["x-a", "2"],
        ],
        want: [["x-a", "1, 2"]],
      },
    ],
    ["undefined values skipped", { given: { "x-a": undefined }, want: [] }],
    [
      "fetch Headers",
      {
        given: new Headers({ "Content-Type": "application/json" }),
        want: [["content-type", "application/json"]],
      },
    ],
    ["over budget", { given: { "x-a": "a".repeat(100) }, want: "too large" }],
  ])("%s", (_name, { given, want }) => {
    const read = normalizeHeaders(given, 64);
    expect(read.ok ? [...read.headers] : "too large").toEqual(want);
  });
});
