import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningEmulator } from "../../../emulator/index.js";
import { startTestEmulator } from "../helpers/emulator.js";
import { cleanEnv, runCliInProcess } from "../helpers/run.js";

/**
 * The `conformance` command through `runCli` in the source checkout. The installed package (its
 * bin, from a tarball) is run by test/packaging/cli.test.ts.
 */
let emulator: RunningEmulator;
let reportDir: string;

beforeAll(async () => {
  ({ emulator } = await startTestEmulator());
  reportDir = mkdtempSync(join(tmpdir(), "maps-cli-conformance-"));
}, 300_000);
afterAll(async () => {
  await emulator.close();
  rmSync(reportDir, { recursive: true, force: true });
});

it.each([
  [["--endpoint", "not a url"], /--endpoint must be an absolute http\(s\) URL/],
  [["--report-dir", ""], /--report-dir must be a directory path/],
  [["extra"], /too many arguments for 'conformance'/],
])("bad usage %j exits 2", async (args, message) => {
  const run = await runCliInProcess(["conformance", ...args], cleanEnv());
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
});

it("runs the whole suite against --endpoint and writes report.json to --report-dir", async () => {
  const run = await runCliInProcess(
    ["conformance", "--endpoint", emulator.url, "--report-dir", reportDir],
    cleanEnv(),
  );
  expect(run.stdout).toContain(`conformance: target`);
  expect(run.stdout).toContain(emulator.url);
  const report = JSON.parse(readFileSync(join(reportDir, "report.json"), "utf8")) as {
    ok: boolean;
  };
  expect(run.code).toBe(report.ok ? 0 : 1);
  expect(report.ok).toBe(true);
}, 300_000);
