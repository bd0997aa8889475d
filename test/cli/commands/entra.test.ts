/**
 * Entra ID end to end: the built CLI's `status`, `wait` and `conformance` with a token credential
 * against the emulator over HTTPS. The token comes from @azure/identity's DefaultAzureCredential,
 * restricted to AzureCliCredential (AZURE_TOKEN_CREDENTIALS), whose `az` is a stand-in on PATH
 * printing the emulator's well-known token: a signed-in Azure CLI is the one thing that cannot
 * exist here. The CA is trusted the way the emulator's README says, with NODE_EXTRA_CA_CERTS.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type RunningEmulator,
} from "../../../emulator/index.js";
import { BIN, ensureBuilt } from "../../helpers/build.js";
import { cleanEnv, collect, ndjson, runBuiltCli } from "../helpers/run.js";

let emulator: RunningEmulator;
let dir: string;

/** An `az` that prints `token` as `az account get-access-token --output json` does. */
function fakeAz(folder: string, token: string): void {
  const script = `#!/bin/sh
echo "{\\"accessToken\\": \\"${token}\\", \\"expires_on\\": $(( $(date +%s) + 3600 )), \\"tokenType\\": \\"Bearer\\"}"
`;
  writeFileSync(join(folder, "az"), script);
  chmodSync(join(folder, "az"), 0o755);
}

function entraEnv(azFolder: string): Record<string, string> {
  return cleanEnv({
    PATH: `${azFolder}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    NODE_EXTRA_CA_CERTS: emulator.caFile!,
    MAPS_CLIENT_ID: WELL_KNOWN_CREDENTIALS.clientId,
    AZURE_TOKEN_CREDENTIALS: "AzureCliCredential",
  });
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "maps-cli-entra-"));
  emulator = await startEmulator({ https: { caFile: join(dir, "ca.pem") } });
  mkdirSync(join(dir, "good"));
  mkdirSync(join(dir, "bad"));
  fakeAz(join(dir, "good"), WELL_KNOWN_CREDENTIALS.bearerToken);
  fakeAz(join(dir, "bad"), "not-the-emulator-token");
}, 600_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("the emulator serves https and its CA file exists", () => {
  expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(existsSync(emulator.caFile!)).toBe(true);
});

it("status with an Entra ID token over https", async () => {
  const run = await runBuiltCli(
    [
      "status",
      "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
      "--api",
      "dataset",
      "--endpoint",
      emulator.url,
      "--json",
    ],
    entraEnv(join(dir, "good")),
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ event: "status", status: "NotStarted" });
});

it("wait with an Entra ID token over https", async () => {
  const { id } = emulator.createOperation({
    api: "dataRegistry",
    retryAfter: 0,
    steps: [{ status: "Running", polls: 2 }],
  });
  const run = await runBuiltCli(
    [
      "wait",
      id,
      "--api",
      "data-registry",
      "--endpoint",
      emulator.url,
      "--min-interval",
      "10ms",
      "--json",
    ],
    entraEnv(join(dir, "good")),
  );
  expect(run.code).toBe(0);
  expect(ndjson(run.stdout).pop()).toMatchObject({ event: "succeeded", status: "Completed" });
});

it("a token the service does not accept: exit 4 with the 401, the token never printed", async () => {
  const run = await runBuiltCli(
    [
      "status",
      "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
      "--api",
      "dataset",
      "--endpoint",
      emulator.url,
    ],
    entraEnv(join(dir, "bad")),
  );
  expect(run.code).toBe(4);
  expect(run.stderr).toMatch(/HTTP 401/);
  expect(`${run.stdout}${run.stderr}`).not.toContain("not-the-emulator-token");
});

it("the contract check with an Entra ID token over https: every group passes", async () => {
  const reports = join(dir, "reports");
  const child = spawn(
    process.execPath,
    [BIN, "conformance", "--endpoint", emulator.url, "--report-dir", reports],
    { env: entraEnv(join(dir, "good")) },
  );
  const run = await collect(child);
  expect(run.stdout).toContain("(auth: entra)");
  expect(run.stdout).toContain("conformance: PASSED");
  expect(run.code).toBe(0);
  expect(existsSync(join(reports, "junit.xml"))).toBe(true);
}, 120_000);
