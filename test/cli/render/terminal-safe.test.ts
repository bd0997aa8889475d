import { terminalSafe, terminalSafeLines } from "../../../cli/src/render/terminal-safe.js";

describe("terminalSafe: server text inside one line", () => {
  it.each<[string, { given: string; want: string }]>([
    ["plain text as is", { given: "Running", want: "Running" }],
    [
      "accents, CJK and emoji as is",
      { given: "Données invalides: 数据无效 ✅", want: "Données invalides: 数据无效 ✅" },
    ],
    [
      "erase line, CR, colour: a forged status",
      {
        given: "Running\u001b[2K\r\u001b[32mCompleted\u001b[0m",
        want: "Running\\u001b[2K\\u000d\\u001b[32mCompleted\\u001b[0m",
      },
    ],
    [
      "OSC 0 (title) and OSC 8 (link) with BEL",
      {
        given: "\u001b]0;owned\u0007\u001b]8;;http://evil.example/\u0007click",
        want: "\\u001b]0;owned\\u0007\\u001b]8;;http://evil.example/\\u0007click",
      },
    ],
    [
      "LF, TAB, NUL, DEL and C1 (CSI, NEL)",
      {
        given: "a\nb\tc\u0000d\u007fe\u009b31mf\u0085",
        want: "a\\u000ab\\u0009c\\u0000d\\u007fe\\u009b31mf\\u0085",
      },
    ],
    [
      "bidi overrides, isolates and marks; line and paragraph separators",
      {
        given:
          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029",
        want: "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029",
      },
    ],
    [
      "an Azure Pipelines command, anywhere in the line",
      {
        given: "x ##vso[task.complete result=Succeeded]y ##[error]z ##VSO[a]",
        want: "x ##vso\\u005btask.complete result=Succeeded]y ##\\u005berror]z ##VSO\\u005ba]",
      },
    ],
  ])("%s", (_name, { given, want }) => expect(terminalSafe(given)).toBe(want));
});

describe("terminalSafeLines: multi-line text from another package", () => {
  it.each<[string, { given: string; want: string }]>([
    ["lines kept", { given: "a\nb\r\nc", want: "a\nb\nc" }],
    [
      "a GitHub Actions command at the start of a line, spaces or not",
      {
        given: "ok\n::error::forged\n  ::warning::x\nnot :: a command",
        want: "ok\n\\u003a:error::forged\n  \\u003a:warning::x\nnot :: a command",
      },
    ],
    [
      "controls escaped in each line",
      { given: "a\u001b[2K\nb\rc", want: "a\\u001b[2K\nb\\u000dc" },
    ],
  ])("%s", (_name, { given, want }) => expect(terminalSafeLines(given)).toBe(want));
});
