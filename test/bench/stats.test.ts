import { fmtRatio, percentile, ratios, summarise } from "../../bench/stats.js";

describe("summarise", () => {
  it.each<[string, number[], { median: number; min: number; max: number; n: number }]>([
    ["one value", [5], { median: 5, min: 5, max: 5, n: 1 }],
    ["odd count, unsorted", [3, 1, 2], { median: 2, min: 1, max: 3, n: 3 }],
    ["even count averages the middle two", [4, 1, 3, 2], { median: 2.5, min: 1, max: 4, n: 4 }],
  ])("%s", (_name, given, want) => expect(summarise(given)).toEqual(want));

  it("refuses an empty series instead of reporting NaN", () => {
    expect(() => summarise([])).toThrow("summarise: values must not be empty");
  });
});

describe("ratios", () => {
  it("divides round by round", () => expect(ratios([2, 9], [1, 3])).toEqual([2, 3]));
  it("refuses series of different lengths", () => {
    expect(() => ratios([1], [1, 2])).toThrow("ratios: series must have the same length");
  });
});

describe("percentile", () => {
  it.each<[number, number]>([
    [50, 5],
    [99, 10],
    [100, 10],
    [1, 1],
  ])("p%d of 1..10", (p, want) =>
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p)).toBe(want),
  );
});

describe("fmtRatio", () => {
  it("shows median and spread", () => {
    expect(fmtRatio({ median: 1.234, min: 1.1, max: 1.5, n: 3 })).toBe("1.23x (1.10–1.50)");
  });
});
