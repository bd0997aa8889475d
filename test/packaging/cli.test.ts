/**
 * The CLI as a person or a pipeline meets it: the four tarballs installed into an empty project
 * (from the registry, nothing from this checkout), used through the installed `maps-operations`
 * and `maps-operations-emulator` bins. The contract check runs from the install against an
 * emulator the installed CLI started, and writes its JUnit report where it is told.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toolsProject } from "../helpers/build.js";
import { cleanEnv, collect, KEY, ndjson, type CliRun } from "../cli/helpers/run.js";

let project: string;
let emulator: ChildProcess;
let url: string;
let reports: string;

const bin = (name: string) => join(project, "node_modules", ".bin", name);
const run = (args: string[], env = cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY })): Promise<CliRun> =>
  collect(spawn(bin("maps-operations"), args, { cwd: project, env }));

/** Starts a bin that prints its URL, and resolves with the process and the URL. */
async function startListening(file: string, args: string[]): Promise<[ChildProcess, string]> {
  const child = spawn(file, args, { cwd: project, env: cleanEnv() });
  const found = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
  });
  return [child, found];
}

beforeAll(async () => {
  project = await toolsProject();
  reports = mkdtempSync(join(tmpdir(), "maps-cli-reports-"));
  [emulator, url] = await startListening(bin("maps-operations"), ["emulator", "--quiet"]);
}, 600_000);

afterAll(() => {
  emulator?.kill("SIGTERM");
  rmSync(reports, { recursive: true, force: true });
});

test("the install holds the runtime only: no test tool, no TypeScript runner", () => {
  for (const tool of ["jest", "tsx", "ts-jest", "nock", "fast-check", "typescript"]) {
    expect(existsSync(join(project, "node_modules", tool))).toBe(false);
  }
  for (const needed of ["commander", "@azure/identity", "ajv", "maps-operations-emulator"]) {
    expect(existsSync(join(project, "node_modules", needed))).toBe(true);
  }
});

test("--version prints the package's version", async () => {
  const manifest = JSON.parse(
    readFileSync(join(project, "node_modules/maps-operations-cli/package.json"), "utf8"),
  ) as { version: string };
  expect(await run(["--version"])).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
});

test("conformance --endpoint <the installed emulator> --report-dir <dir>: exit 0 and a JUnit file", async () => {
  const result = await run(["conformance", "--endpoint", url, "--report-dir", reports], cleanEnv());
  expect(result.stdout).toContain("conformance: PASSED");
  expect(result.code).toBe(0);
  const junit = readFileSync(join(reports, "junit.xml"), "utf8");
  expect(junit).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="conformance"/,
  );
  expect(junit).toMatch(/<testsuite name="timelines" tests="\d+" failures="0"/);
  expect(junit).toMatch(/<testsuite name="faults" tests="\d+" failures="0"/);
  const report = JSON.parse(readFileSync(join(reports, "report.json"), "utf8")) as {
    ok: boolean;
    target: string;
  };
  expect(report).toMatchObject({ ok: true });
  expect(report.target).toContain(url);
}, 120_000);

test("conformance with no endpoint starts its own emulator", async () => {
  const dir = mkdtempSync(join(tmpdir(), "maps-cli-reports-"));
  try {
    // No MAPS_* credential in the environment: with one, the target would be the real service.
    const result = await run(["conformance", "--report-dir", dir], cleanEnv());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("target emulator a local emulator");
    expect(existsSync(join(dir, "junit.xml"))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("conformance fails (exit 1) when the server breaks the contract", async () => {
  const [broken, brokenUrl] = await startListening(bin("maps-operations-emulator"), ["--quiet"]);
  try {
    // Every answer of this emulator respells the status: a schema violation on every live call.
    const fault = await fetch(`${brokenUrl}/_emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "wrongEnum", count: 1000 }),
    });
    expect(fault.status).toBe(201);
    const dir = mkdtempSync(join(tmpdir(), "maps-cli-reports-"));
    const result = await run(
      ["conformance", "--endpoint", brokenUrl, "--report-dir", dir],
      cleanEnv(),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("ENUM_CASE_MISMATCH");
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/<failure /);
    rmSync(dir, { recursive: true, force: true });
  } finally {
    broken.kill("SIGTERM");
  }
}, 120_000);

test("status and wait against the installed emulator", async () => {
  const created = (await (
    await fetch(`${url}/_emulator/operations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ api: "dataRegistry", retryAfter: 0 }),
    })
  ).json()) as { id: string };
  const args = ["--api", "data-registry", "--endpoint", url];
  const status = await run(["status", created.id, ...args]);
  expect(status).toMatchObject({
    code: 0,
    stdout: `Data Registry operation ${created.id}: Running (retry after 0ms)\n`,
  });
  const wait = await run([
    "wait",
    created.id,
    ...args,
    "--interval",
    "10ms",
    "--min-interval",
    "10ms",
    "--json",
  ]);
  expect(wait.code).toBe(0);
  expect(ndjson(wait.stdout).pop()).toMatchObject({ event: "succeeded", status: "Completed" });
});

test("usage errors exit 2 and name the argument", async () => {
  const bad = await run(["emulator", "--port", "x"]);
  expect(bad.code).toBe(2);
  const spec = await run(["conformance", "--spec", join(project, "missing.json")]);
  expect(spec.code).toBe(2);
  expect(spec.stderr).toContain("--spec must be an existing file");
});
