import { readHeaders } from "../../../../conformance/validator/headers/read.js";
import type { HeadersInput } from "../../../../conformance/validator/index.js";

describe("readHeaders (budget 64 bytes)", () => {
  test.each<[string, { given: unknown; want: [string, string][] | "too large" }]>([
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
    ["inherited properties do not count", { given: Object.create({ "x-a": "1" }), want: [] }],
    ["over budget", { given: { "x-a": "a".repeat(100) }, want: "too large" }],
    [
      "empty entries are charged too",
      { given: Array.from({ length: 20 }, () => ["", ""]), want: "too large" },
    ],
    [
      "entries that are no pairs are charged too",
      { given: Array.from({ length: 20 }, () => 42), want: "too large" },
    ],
    [
      "an array value over budget",
      { given: { "set-cookie": Array.from({ length: 1000 }, () => "a=b") }, want: "too large" },
    ],
  ])("%s", (_name, { given, want }) => {
    const read = readHeaders(given as HeadersInput, 64);
    expect(read.ok ? [...read.headers] : "too large").toEqual(want);
  });

  test.each([
    [
      "CR/LF in a value",
      { given: { "Content-Type": "application/json;\r\nSet-Cookie: a=b" }, want: ["Content-Type"] },
    ],
    ["LF at the end", { given: { "Retry-After": "10\n" }, want: ["Retry-After"] }],
    ["NUL", { given: [["x-a", "a\u0000b"]], want: ["x-a"] }],
    ["a tab is allowed", { given: { "x-a": "a\tb" }, want: [] }],
  ])("control characters: %s", (_name, { given, want }) => {
    const read = readHeaders(given as HeadersInput, 1024);
    expect(read.ok && read.controlCharacters).toEqual(want);
  });

  test("an endless iterable stops at the budget", () => {
    function* endless(): Generator<[string, string]> {
      for (;;) yield ["", ""];
    }
    expect(readHeaders(endless(), 64).ok).toBe(false);
  });

  test("reading stops at the budget: later values are never read", () => {
    let reads = 0;
    const headers: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      Object.defineProperty(headers, `x-h${i}`, {
        enumerable: true,
        get: () => {
          reads++;
          return "v";
        },
      });
    }
    expect(readHeaders(headers, 64).ok).toBe(false);
    expect(reads).toBeLessThan(10);
  });
});
