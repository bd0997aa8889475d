/**
 * The conformance CLI's argument errors: named, with the accepted form, exit 2, and nothing run.
 * Checked through `main` in this process; one run through tsx, as `npm run conformance` starts it,
 * shows the script's own entry point turns them into the exit code and the streams.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { main } from "../../scripts/conformance";

const ROOT = path.join(__dirname, "../..");
const USAGE = "usage: npm run conformance -- [--endpoint URL] [--report-dir DIR]";

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

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
  ])("%s: exit 2, named, with the usage", async (_name, { given, want }) => {
    const result = await run(...given);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([want, USAGE]);
    expect(result.stdout).toBe("");
  });

  test("--help: exit 0, every option with its accepted form", async () => {
    const result = await run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--endpoint <url>");
    expect(result.stdout).toContain("--report-dir <dir>");
    expect(result.stderr).toBe("");
  });

  test("as npm starts it (tsx): a usage error exits 2 on stderr, nothing on stdout", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/conformance.ts", "--bogus"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual(["error: unknown option '--bogus'", USAGE]);
    expect(result.stdout).toBe("");
  });
});
