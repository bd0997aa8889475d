import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { RunningEmulator } from "../../../emulator/index.js";
import { ensureBuilt, ROOT } from "./helpers/build.js";
import { startTestEmulator } from "./helpers/emulator.js";
import { cleanEnv, collect, KEY, ndjson, runBuiltCli } from "./helpers/run.js";

/**
 * The CLI from the packed tarball, with only the runtime dependencies (the lock file's non-dev
 * packages) next to it: status, wait and emulator work; conformance says what is missing.
 */
let consumer: string;
let bin: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  await ensureBuilt();
  ({ emulator } = await startTestEmulator());
  consumer = mkdtempSync(join(tmpdir(), "maps-cli-packed-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .pop()!;
  const installed = join(consumer, "node_modules", "maps-operations-rest");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(consumer, tarball), "-C", installed, "--strip-components=1"]);
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  for (const [key, entry] of Object.entries(lock.packages)) {
    // Top-level runtime packages only; nested ones come inside their parent's folder.
    if (!key.startsWith("node_modules/") || key.indexOf("/node_modules/", 1) !== -1) continue;
    if (entry.dev || entry.devOptional) continue;
    const target = join(consumer, key);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, key), target);
  }
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
    bin: Record<string, string>;
  };
  bin = join(installed, manifest.bin["maps-operations"]!);
}, 300_000);

afterAll(async () => {
  await emulator.close();
  rmSync(consumer, { recursive: true, force: true });
});

const env = () => cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY });

it("the dev toolchain is really absent from the consumer", () => {
  expect(() => require.resolve("jest", { paths: [consumer] })).toThrow();
  expect(() => require.resolve("tsx", { paths: [consumer] })).toThrow();
  expect(require.resolve("commander", { paths: [consumer] })).toContain("commander");
});

it("status and wait work", async () => {
  const { id } = emulator.createOperation({ api: "dataRegistry", retryAfter: 0 });
  const args = ["--api", "data-registry", "--endpoint", emulator.url];
  const status = await runBuiltCli(["status", id, ...args], env(), bin);
  expect(status).toMatchObject({
    code: 0,
    stdout: `Data Registry operation ${id}: Running (retry after 0ms)\n`,
  });
  const wait = await runBuiltCli(["wait", id, ...args, "--interval", "10ms", "--json"], env(), bin);
  expect(wait.code).toBe(0);
  expect(ndjson(wait.stdout).pop()).toMatchObject({ event: "succeeded", status: "Completed" });
});

it("emulator starts and stops (the emulator is in the build)", async () => {
  const child = spawn(process.execPath, [bin, "emulator", "--quiet"], { env: cleanEnv() });
  const done = collect(child);
  await new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening on http://127.0.0.1:")) resolve();
    }),
  );
  child.kill("SIGTERM");
  expect(await done).toMatchObject({ code: 0, stderr: "" });
  const bad = await runBuiltCli(["emulator", "--port", "x"], cleanEnv(), bin);
  expect(bad.code).toBe(2);
});

it("conformance exits 2 and says what is missing", async () => {
  const run = await runBuiltCli(["conformance"], cleanEnv(), bin);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    "conformance needs the project's source checkout with its dev dependencies; missing conformance/index.ts (the published package does not include the suite), the dev dependency tsx, the dev dependency jest",
  );
  expect(run.stderr).toContain("npm ci && npm run conformance");
});
