import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  outputDir,
  parseArgs,
  ROOT,
  selectedSections,
  UsageError,
  type BenchArgs,
} from "../../bench/args.js";

const defaults: BenchArgs = { quick: false, check: false, writeResults: false, help: false };

describe("parseArgs", () => {
  it.each<[string, string[], Partial<BenchArgs>]>([
    ["nothing", [], {}],
    ["flags", ["--quick", "--check"], { quick: true, check: true }],
    ["--out DIR", ["--out", "x/y"], { out: "x/y" }],
    ["--out=DIR", ["--out=x/y"], { out: "x/y" }],
    ["--write-results alone", ["--write-results"], { writeResults: true }],
    ["--only, comma-separated", ["--only", "wait,status-get"], { only: ["wait", "status-get"] }],
    [
      "--only repeated, duplicates dropped",
      ["--only=wait", "--only", "wait,generate"],
      { only: ["wait", "generate"] },
    ],
    ["--help", ["--help"], { help: true }],
  ])("%s", (_name, argv, want) => expect(parseArgs(argv)).toEqual({ ...defaults, ...want }));

  // Each mistake names the argument and the accepted form.
  it.each<[string, string[], RegExp]>([
    ["--out without a value", ["--out"], /^--out: missing value; expected --out DIR$/],
    ["--out followed by a flag", ["--out", "--quick"], /^--out: missing value; expected --out DIR/],
    ["--out= empty", ["--out="], /^--out: missing value; expected --out DIR/],
    ["--out twice", ["--out", "a", "--out", "b"], /^--out: given twice; expected one --out DIR/],
    [
      "an unknown flag",
      ["--quik"],
      /^unknown option '--quik'; accepted: --quick, --only ID\[,ID\.\.\.\], --out DIR/,
    ],
    ["a positional argument", ["quick"], /^unexpected argument 'quick'; options start with --/],
    ["a value on a switch", ["--quick=yes"], /^--quick takes no value/],
    [
      "--only without a value",
      ["--only"],
      /^--only: missing value; expected --only ID\[,ID\.\.\.\]/,
    ],
    [
      "--only with an unknown id",
      ["--only", "wait,nope"],
      /^--only: unknown section 'nope'; expected --only ID\[,ID\.\.\.\] with ids from: status-get, validation, wait, generate, emulator-load, cold-start$/,
    ],
    [
      "--write-results with partial runs",
      ["--write-results", "--quick", "--only", "wait"],
      /^--write-results writes the committed bench\/results\.\{md,json\} from a full run; it cannot be combined with --quick, --only$/,
    ],
    [
      "--write-results with --out",
      ["--out", "x", "--write-results"],
      /cannot be combined with --out$/,
    ],
  ])("refuses %s", (_name, argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("outputDir", () => {
  it("defaults to reports/bench under the repository, whatever the working directory", () => {
    expect(outputDir(parseArgs([]), "/repo", "/elsewhere")).toBe(join("/repo", "reports", "bench"));
    expect(outputDir(parseArgs([]))).toBe(join(ROOT, "reports", "bench"));
  });

  it("writes the committed bench/ only with --write-results", () => {
    expect(outputDir(parseArgs(["--write-results"]), "/repo", "/elsewhere")).toBe(
      join("/repo", "bench"),
    );
  });

  it("resolves --out against the working directory", () => {
    expect(outputDir(parseArgs(["--out", "out"]), "/repo", "/elsewhere")).toBe(
      resolve("/elsewhere", "out"),
    );
    expect(outputDir(parseArgs(["--out", "/abs"]), "/repo", "/elsewhere")).toBe(resolve("/abs"));
  });

  it("writes the default where git ignores it", () => {
    const ignored = readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain("reports/");
  });
});

describe("selectedSections", () => {
  it("runs every section by default, in report order", () => {
    expect(selectedSections(parseArgs([]))).toEqual([
      "status-get",
      "validation",
      "wait",
      "generate",
      "emulator-load",
      "cold-start",
    ]);
  });

  it("skips generate and cold start with --quick", () => {
    expect(selectedSections(parseArgs(["--quick"]))).toEqual([
      "status-get",
      "validation",
      "wait",
      "emulator-load",
    ]);
  });

  it("runs what --only names, in report order, even a section --quick skips", () => {
    expect(selectedSections(parseArgs(["--quick", "--only", "generate,status-get"]))).toEqual([
      "status-get",
      "generate",
    ]);
  });
});
