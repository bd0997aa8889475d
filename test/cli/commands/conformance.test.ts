import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningEmulator } from "../../../emulator/index.js";
import { startTestEmulator } from "../helpers/emulator.js";
import { BIN, ROOT } from "../../helpers/build.js";
import { cleanEnv, collect, runCliInProcess } from "../helpers/run.js";

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
  // The client cannot reach an IPv6 literal: refused before anything runs.
  [["--endpoint", "http://[::1]:4010"], /--endpoint must name its host or an IPv4 address/],
  [["extra"], /too many arguments for 'conformance'/],
  [
    ["--nulls", "lenient"],
    /--nulls <policy>' argument 'lenient' is invalid. Allowed choices are declared, oav/,
  ],
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
  // An endpoint that is an emulator is polled for its seeded operations.
  expect(readFileSync(join(reportDir, "junit.xml"), "utf8")).toContain(
    "dataRegistry: polls operation 0522b4fe-0539-4c6c-ba70-e35ec865d8e2: zero violations",
  );
}, 300_000);

it("--nulls oav reaches the validator: a null an optional property holds passes", async () => {
  // The bundled recordings and the emulator send no such null; a spec and a recording of our own.
  const dir = mkdtempSync(join(tmpdir(), "maps-cli-nulls-"));
  const spec = join(dir, "spec.json");
  const recording = join(dir, "recording.json");
  writeFileSync(
    spec,
    JSON.stringify({
      swagger: "2.0",
      info: { title: "t", version: "1" },
      host: "things.example.com",
      produces: ["application/json"],
      paths: {
        "/things/{id}": {
          get: {
            operationId: "Things_Get",
            parameters: [{ name: "id", in: "path", required: true, type: "string" }],
            responses: {
              "200": {
                description: "ok",
                schema: { type: "object", properties: { label: { type: "string" } } },
              },
            },
          },
        },
      },
    }),
  );
  writeFileSync(
    recording,
    JSON.stringify([
      {
        scope: "https://things.example.com",
        method: "GET",
        path: "/things/t1",
        status: 200,
        response: { label: null },
        rawHeaders: { "content-type": "application/json" },
      },
    ]),
  );
  try {
    const args = ["conformance", "--spec", spec, "--recording", recording, "--report-dir", dir];
    expect((await runCliInProcess(args, cleanEnv())).code).toBe(1);
    expect((await runCliInProcess([...args, "--nulls", "oav"], cleanEnv())).code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

// Regression: SIGTERM (CI cancellation, `timeout`) was caught and ignored by `conformance`, which
// ran on for as long as its checks took; only a second signal ended it.
it("stops on SIGTERM: exit 130, the checks not run skipped, the report written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "maps-cli-conformance-term-"));
  try {
    const child = spawn(
      process.execPath,
      [BIN, "conformance", "--endpoint", emulator.url, "--report-dir", dir],
      { cwd: ROOT, env: cleanEnv() },
    );
    let sent = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (!sent && chunk.includes("conformance: samples")) {
        sent = true;
        child.kill("SIGTERM");
      }
    });
    const run = await collect(child);
    expect(sent).toBe(true);
    expect(run.code).toBe(130);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      ok: boolean;
      stages: { name: string; status: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.stages).toContainEqual(expect.objectContaining({ name: "interrupted" }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
