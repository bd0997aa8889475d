import {
  HeaderSlots,
  HeadersRead,
  readHeaders,
} from "../../../../conformance/validator/headers/read.js";
import type { HeadersInput } from "../../../../conformance/validator/index.js";

/** The headers looked for: Content-Type first, as for any response, then the declared ones. */
const slots = new HeaderSlots(
  ["content-type", "Retry-After", "x-a", "set-cookie"],
  ["application/json", "text/plain\n"],
);

/** What was read, as `[slot name, value]` pairs, or "too large". */
function read(given: unknown, budget: number): [string, string][] | "too large" {
  const result = readHeaders(given as HeadersInput, budget, new HeadersRead(slots));
  if (!result.ok) return "too large";
  return result.values.flatMap((value, slot) =>
    value === undefined ? [] : [[slots.names[slot]!, value] as [string, string]],
  );
}

describe("readHeaders (budget 64 bytes)", () => {
  test.each<[string, { given: unknown; want: [string, string][] | "too large" }]>([
    ["absent", { given: undefined, want: [] }],
    ["the spec's spelling", { given: { "Retry-After": "10" }, want: [["Retry-After", "10"]] }],
    ["any letter case", { given: { "RETRY-after": "10" }, want: [["Retry-After", "10"]] }],
    [
      "letters that lower-case to ASCII (the Kelvin sign is a k)",
      { given: { "set-coo\u212aie": "a=b" }, want: [["set-cookie", "a=b"]] },
    ],
    [
      "numbers as text (x-ms-examples)",
      { given: { "retry-after": 10 }, want: [["Retry-After", "10"]] },
    ],
    ["headers nobody looks for are read, not kept", { given: { "x-other": "1" }, want: [] }],
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
    expect(read(given, 64)).toEqual(want);
  });

  test.each([
    [
      "CR/LF in a value",
      { given: { "Content-Type": "application/json;\r\nSet-Cookie: a=b" }, want: ["Content-Type"] },
    ],
    ["LF at the end", { given: { "Retry-After": "10\n" }, want: ["Retry-After"] }],
    ["NUL", { given: [["x-a", "a\u0000b"]], want: ["x-a"] }],
    ["a tab is allowed", { given: { "x-a": "a\tb" }, want: [] }],
    [
      "in the name of a header nobody looks for",
      { given: [["x-b\r\nx-c", "1"]], want: ["x-b\r\nx-c"] },
    ],
    ["in a long value", { given: { "x-a": `${"a".repeat(40)}\r\nb` }, want: ["x-a"] }],
    ["NUL in a long value", { given: { "x-b": `${"a".repeat(40)}\u0000` }, want: ["x-b"] }],
    ["a produces entry is clean", { given: { "content-type": "application/json" }, want: [] }],
    [
      "a produces entry with LF is still searched",
      { given: { "content-type": "text/plain\n" }, want: ["content-type"] },
    ],
    [
      "every field that holds one, in order",
      { given: { "x-b": "\n", "Retry-After": "1\r", "x-c": "ok" }, want: ["x-b", "Retry-After"] },
    ],
  ])("control characters: %s", (_name, { given, want }) => {
    const result = readHeaders(given as HeadersInput, 1024, new HeadersRead(slots));
    expect(result.ok && (result.controlCharacters ?? [])).toEqual(want);
  });

  test("a reused buffer holds only the latest headers", () => {
    const into = new HeadersRead(slots);
    readHeaders({ "x-a": "1", "x-b": "\n" }, 1024, into);
    readHeaders({ "Retry-After": "2" }, 1024, into);
    expect([into.ok, into.values, into.controlCharacters]).toEqual([
      true,
      [undefined, "2", undefined, undefined],
      undefined,
    ]);
    readHeaders({ "x-a": "a".repeat(100) }, 64, into);
    expect(into.ok).toBe(false);
    readHeaders(undefined, 64, into);
    expect([into.ok, into.values]).toEqual([true, [undefined, undefined, undefined, undefined]]);
  });

  test("an endless iterable stops at the budget", () => {
    function* endless(): Generator<[string, string]> {
      for (;;) yield ["", ""];
    }
    expect(read(endless(), 64)).toBe("too large");
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
    expect(read(headers, 64)).toBe("too large");
    expect(reads).toBeLessThan(10);
  });
});

describe("a name two slots share (a response that declares Content-Type)", () => {
  const shared = new HeaderSlots(["content-type", "x-a", "Content-Type"]);
  test.each<[string, unknown]>([
    ["lower case", { "content-type": "image/png", "x-a": "1" }],
    ["the spec's spelling", { "Content-Type": "image/png", "x-a": "1" }],
    [
      "from entries",
      new Map([
        ["CONTENT-TYPE", "image/png"],
        ["x-a", "1"],
      ]),
    ],
  ])("%s: both slots get the value", (_name, given) => {
    const result = readHeaders(given as HeadersInput, 1024, new HeadersRead(shared));
    expect(result.values).toEqual(["image/png", "1", "image/png"]);
  });
});
