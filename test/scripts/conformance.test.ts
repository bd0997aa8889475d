/**
 * The conformance CLI's argument errors: named, with the accepted form, exit 2, and nothing run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/conformance.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
const USAGE = "usage: npm run conformance -- [--endpoint URL] [--report-dir DIR]";

describe("conformance CLI arguments", () => {
  test.each([
    ["an unknown option", { given: ["--bogus"], want: "error: unknown option '--bogus'" }],
    [
      "--endpoint without a value",
      { given: ["--endpoint"], want: "error: option '--endpoint <url>' argument missing" },
    ],
    [
      "--endpoint that is not a URL",
      {
        given: ["--endpoint", "maps.example.com"],
        want: "error: --endpoint must be an absolute http(s) URL with no user info, e.g. https://maps.example.com",
      },
    ],
    ["a stray argument", { given: ["now"], want: "error: unexpected argument 'now'" }],
  ])("%s: exit 2, named, with the usage", (_name, { given, want }) => {
    const result = run(...given);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([want, USAGE]);
    expect(result.stdout).toBe("");
  });

  test("--help: exit 0, every option with its accepted form", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--endpoint <url>");
    expect(result.stdout).toContain("--report-dir <dir>");
  });
});
