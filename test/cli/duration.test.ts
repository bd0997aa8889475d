import { formatDuration, parseDuration } from "../../cli/src/duration.js";

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["5s", 5000],
    ["1.5s", 1500],
    ["10m", 600_000],
    ["1h", 3_600_000],
    [" 2s ", 2000],
  ])("%j → %d ms", (text, want) => expect(parseDuration("--timeout", text, 1)).toBe(want));

  it.each([["10"], ["5x"], ["-1s"], ["1d"], ["s"], [""], ["0s"], ["597h"]])(
    "%j is refused naming the option and the form",
    (text) =>
      expect(() => parseDuration("--timeout", text, 1)).toThrow(
        `--timeout must be a duration such as 500ms, 5s, 10m or 1h (at least 1ms, at most 596h); got "${text}"`,
      ),
  );

  it("0 is allowed where the minimum is 0 (--interval)", () => {
    expect(parseDuration("--interval", "0ms", 0)).toBe(0);
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0ms"],
    [850, "850ms"],
    [4210, "4.2s"],
    [125_000, "2m05s"],
    [3_720_000, "1h02m"],
  ])("%d → %s", (ms, want) => expect(formatDuration(ms)).toBe(want));
});
