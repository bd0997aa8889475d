import { spawn } from "node:child_process";
import { BIN, ensureBuilt, ROOT } from "../../helpers/build.js";
import { cleanEnv, collect, KEY, runBuiltCli } from "../helpers/run.js";

/** The built `emulator` command: serves both APIs until SIGTERM, then exits 0. */
beforeAll(() => ensureBuilt(), 300_000);

it("serves the seeded operations to the built status command, and stops on SIGTERM with 0", async () => {
  const child = spawn(process.execPath, [BIN, "emulator", "--port", "0", "--quiet"], {
    cwd: ROOT,
    env: cleanEnv(),
  });
  const done = collect(child);
  const url = await new Promise<string>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    }),
  );
  const status = await runBuiltCli([
    "status",
    "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
    "--api",
    "data-registry",
    "--endpoint",
    url,
  ]);
  expect(status.code).toBe(0);
  expect(status.stdout).toBe(
    "Data Registry operation 0522b4fe-0539-4c6c-ba70-e35ec865d8e2: Running (retry after 10.0s)\n",
  );
  child.kill("SIGTERM");
  const run = await done;
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`Azure Maps emulator listening on ${url}\n`);
  expect(run.stderr).toBe("");
  expect(run.stdout).not.toContain(KEY);
});

it.each([["70000"], ["-1"], ["http"]])(
  "--port %s exits 2 naming the accepted form",
  async (port) => {
    const run = await runBuiltCli(["emulator", "--port", port], cleanEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--port must be an integer from 0 to 65535 (0: any free port); got "${port}"`,
    );
  },
);

it("--https serves https, prints the CA file to trust and the well-known Entra ID credentials", async () => {
  const child = spawn(process.execPath, [BIN, "emulator", "--https", "--quiet"], {
    cwd: ROOT,
    env: cleanEnv(),
  });
  const done = collect(child);
  let out = "";
  await new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Ctrl-C")) resolve();
    }),
  );
  child.kill("SIGTERM");
  const run = await done;
  expect(run.code).toBe(0);
  expect(out).toMatch(/listening on https:\/\/127\.0\.0\.1:\d+\n/);
  expect(out).toMatch(/CA certificate: (\S+\.pem) \(trust it: NODE_EXTRA_CA_CERTS=\1\)/);
  expect(out).toContain("Entra ID: Authorization: Bearer maps-emulator-well-known-bearer-token");
});

it("--cert without --key exits 2", async () => {
  const run = await runBuiltCli(["emulator", "--cert", "x.pem"], cleanEnv());
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--cert and --key must be given together");
});
