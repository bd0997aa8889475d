import type { RunningEmulator } from "../../../emulator/index.js";
import { getLogLevel, setLogLevel } from "@azure/logger";
import { apiRequests, startTestEmulator } from "../helpers/emulator.js";
import { cleanEnv, KEY, runCliInProcess, SAS } from "../helpers/run.js";

/**
 * `status` against the emulator: every exit code and mode, through `runCli` in-process (the built
 * and installed bin is run by test/packaging/cli.test.ts).
 */
let emulator: RunningEmulator;
let requests: string[];

beforeAll(async () => {
  ({ emulator, requests } = await startTestEmulator());
}, 300_000);
afterAll(() => emulator.close());

const dr = (): string[] => ["--api", "data-registry", "--endpoint", emulator.url];
const ds = (): string[] => ["--api", "dataset", "--endpoint", emulator.url];

describe("status", () => {
  it("prints a pending status with its Retry-After and exits 0", async () => {
    const { id } = emulator.createOperation({ api: "dataRegistry", retryAfter: 7 });
    const run = await runCliInProcess(["status", id, ...dr()]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`Data Registry operation ${id}: Running (retry after 7.0s)\n`);
  });

  it("prints the Resource-Location and dataset id of a succeeded Dataset operation", async () => {
    const { id } = emulator.createOperation({ api: "dataset", steps: [], resourceId: "ds-42" });
    const run = await runCliInProcess(["status", id, ...ds()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Dataset operation ${id}: Succeeded, dataset ds-42 (Resource-Location: ${emulator.url}/datasets/ds-42?api-version=2.0)\n`,
    );
  });

  it("--json: one object with the status, terminal flag and exit code", async () => {
    const { id } = emulator.createOperation({ api: "dataset", steps: [], resourceId: "ds-43" });
    const run = await runCliInProcess(["status", id, ...ds(), "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      event: "status",
      api: "dataset",
      operationId: id,
      status: "Succeeded",
      terminal: true,
      resourceLocation: `${emulator.url}/datasets/ds-43?api-version=2.0`,
      datasetId: "ds-43",
      exitCode: 0,
    });
  });

  it("a Failed operation prints the service error and exits 1 (line and --json)", async () => {
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      steps: [],
      outcome: { status: "Failed", error: { code: "InvalidData", message: "Bad file." } },
    });
    const line = await runCliInProcess(["status", id, ...dr()]);
    expect(line).toMatchObject({ code: 1, stderr: "" });
    expect(line.stdout).toBe(`Data Registry operation ${id}: Failed: InvalidData: Bad file.\n`);
    const json = await runCliInProcess(["status", id, ...dr(), "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: "Failed",
      terminal: true,
      error: { code: "InvalidData", message: "Bad file." },
      exitCode: 1,
    });
  });

  it("a refused key exits 4 with the HTTP status, on stderr or as a JSON error", async () => {
    const { id } = emulator.createOperation({ api: "dataRegistry" });
    const env = cleanEnv({ MAPS_SUBSCRIPTION_KEY: "not-the-key-1234" });
    const line = await runCliInProcess(["status", id, ...dr()], env);
    expect(line).toMatchObject({ code: 4, stdout: "" });
    expect(line.stderr).toContain("HTTP 401 Unauthorized");
    const json = await runCliInProcess(["status", id, ...dr(), "--json"], env);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout)).toMatchObject({
      event: "error",
      code: "Unauthorized",
      httpStatus: 401,
      exitCode: 4,
    });
    expect(`${line.stderr}${json.stdout}`).not.toContain("not-the-key-1234");
  });

  it("an unknown operation exits 4 (HTTP 404)", async () => {
    const run = await runCliInProcess(["status", "5b2a4a5e-0000-4000-8000-000000000000", ...dr()]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/HTTP 404 OperationNotFound/);
  });

  it("a SAS token works and wins over a key (with a notice naming, not showing, the other)", async () => {
    const { id } = emulator.createOperation({ api: "dataRegistry", retryAfter: 0 });
    const env = cleanEnv({ MAPS_SAS_TOKEN: SAS, MAPS_SUBSCRIPTION_KEY: "ignored-key-5678" });
    const run = await runCliInProcess(["status", id, ...dr()], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("note: using MAPS_SAS_TOKEN; ignoring MAPS_SUBSCRIPTION_KEY\n");
    expect(run.stdout).toContain(": Running");
  });

  it("--auth key picks the key even with a SAS token set", async () => {
    const { id } = emulator.createOperation({ api: "dataRegistry", retryAfter: 0 });
    const env = cleanEnv({ MAPS_SAS_TOKEN: "wrong-sas-token", MAPS_SUBSCRIPTION_KEY: KEY });
    const run = await runCliInProcess(["status", id, ...dr(), "--auth", "key"], env);
    expect(run.code).toBe(0);
  });

  it.each([
    [["status", "abc", "--api", "data-registry"], /operationId must be a GUID such as/],
    [
      ["status", "x", "--api", "datasets"],
      /--api must be one of dataset, data-registry; got "datasets"/,
    ],
    [["status", "x"], /--api must be one of dataset, data-registry; got nothing/],
    [
      ["status", "x", "--api", "dataset", "--geography", "asia"],
      /--geography must be one of us, eu; got "asia"/,
    ],
    [
      ["status", "x", "--api", "dataset", "--endpoint", "ftp://h"],
      /--endpoint must be an absolute https URL/,
    ],
    [
      ["status", "x", "--api", "dataset", "--auth", "cert"],
      /--auth must be one of sas, key, entra; got "cert"/,
    ],
    [["status", "--api", "dataset"], /missing required argument 'operationId'/],
    [["status", "x", "--api", "dataset", "--bogus"], /unknown option '--bogus'/],
    [["launch"], /unknown command 'launch'/],
  ])("bad usage %j exits 2 naming the argument, nothing sent", async (args, message) => {
    const before = apiRequests(requests).length;
    const run = await runCliInProcess(
      args
        .map((a) => (a === "x" ? "op-1" : a))
        .concat(args.includes("--endpoint") ? [] : ["--endpoint", emulator.url]),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(apiRequests(requests).length).toBe(before);
  });

  it("no credential exits 2 naming the variables; nothing sent", async () => {
    const before = apiRequests(requests).length;
    const run = await runCliInProcess(
      ["status", "op-1", ...ds()],
      cleanEnv({ MAPS_SAS_TOKEN: " " }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /no credential: set MAPS_SUBSCRIPTION_KEY .*MAPS_SAS_TOKEN .*MAPS_CLIENT_ID/,
    );
    expect(apiRequests(requests).length).toBe(before);
  });

  it("Entra ID over plain http exits 2 before asking for a token", async () => {
    const run = await runCliInProcess(
      ["status", "op-1", ...ds()],
      cleanEnv({ MAPS_CLIENT_ID: "client-1" }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--endpoint must be an https URL with Entra ID \(MAPS_CLIENT_ID\)/);
  });

  it("never prints a credential, even in the AZURE_LOG_LEVEL=verbose debug log", async () => {
    const key = "echoed-secret-key-9999";
    const { id } = emulator.createOperation({ api: "dataset", steps: [] });
    const env = cleanEnv({ MAPS_SUBSCRIPTION_KEY: key });
    // What AZURE_LOG_LEVEL=verbose does when @azure/logger loads in a new process.
    const level = getLogLevel();
    setLogLevel("verbose");
    const run = await runCliInProcess(["status", id, ...ds(), "--json"], env).finally(() =>
      setLogLevel(level),
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("Request"); // the debug log is there...
    expect(`${run.stdout}${run.stderr}`).not.toContain(key); // ...without the key
  });
});
