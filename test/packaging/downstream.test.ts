/**
 * The contract check in another repository's CI: a scratch package with the library, the
 * conformance package and the emulator installed from their tarballs (and the CLI: the install is
 * shared with the CLI's test), and its own jest test
 * (downstream/maps-contract.test.js, the README's recipe). It passes against a well-behaved
 * emulator and fails, naming the violation, when the emulator injects a schema fault.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, toolsProject } from "../helpers/build.js";
import { cleanEnv } from "../cli/helpers/run.js";

let project: string;
let emulator: ChildProcess;
let url: string;

beforeAll(async () => {
  project = await toolsProject();
  mkdirSync(join(project, "test"), { recursive: true });
  copyFileSync(
    join(__dirname, "downstream/maps-contract.test.js"),
    join(project, "test/maps-contract.test.js"),
  );
  emulator = spawn(join(project, "node_modules/.bin/maps-operations-emulator"), ["--quiet"], {
    cwd: project,
    env: cleanEnv(),
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    emulator.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    emulator.on("exit", (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
  });
}, 600_000);

afterAll(() => emulator?.kill("SIGTERM"));

/** The downstream's own jest run (this repository's jest binary: the same major the recipe uses). */
function runDownstreamTests(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/jest/bin/jest.js"),
      "--rootDir",
      project,
      "--config",
      JSON.stringify({ testEnvironment: "node", transform: {}, testMatch: ["**/test/*.test.js"] }),
      "--ci",
    ],
    { cwd: project, env: cleanEnv(env), encoding: "utf8" },
  );
}

test("passes against a well-behaved emulator", () => {
  const run = runDownstreamTests({ MAPS_EMULATOR_URL: url });
  expect(run.stderr).toContain("1 passed");
  expect(run.status).toBe(0);
});

test("passes with an emulator it starts itself", () => {
  const run = runDownstreamTests({});
  expect(run.status).toBe(0);
});

test("fails, naming the violation, when the emulator sends a body of the wrong type", async () => {
  const fault = await fetch(`${url}/_emulator/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "wrongType", count: 1 }),
  });
  expect(fault.status).toBe(201);
  const run = runDownstreamTests({ MAPS_EMULATOR_URL: url });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("INVALID_TYPE");
  expect(run.stderr).toContain("1 failed");
});
