/**
 * Regressions of `wait` found with hostile servers and pipes (issue: waiting, errors and the CLI):
 * each test is named after the defect it pins.
 */
import { spawn } from "node:child_process";
import { AzureKeyCredential } from "@azure/core-auth";
import type { RunningEmulator } from "../../../emulator/index.js";
import { parseWaitOptions } from "../../../cli/src/args.js";
import { createCliClient } from "../../../cli/src/client.js";
import { waitCommand } from "../../../cli/src/commands/wait.js";
import type { CliIo } from "../../../cli/src/io.js";
import { runCli } from "../../../cli/src/main.js";
import { BIN, ensureBuilt } from "../../helpers/build.js";
import { startTestEmulator } from "../helpers/emulator.js";
import { cleanEnv, collect, KEY, ndjson } from "../helpers/run.js";

let emulator: RunningEmulator;
beforeAll(async () => {
  ({ emulator } = await startTestEmulator());
});
afterAll(() => emulator.close());

function fakeIo(env: Record<string, string> = { MAPS_SUBSCRIPTION_KEY: KEY }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    env,
    isTTY: false,
    interrupt: new AbortController().signal,
    now: Date.now,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

async function waitInProcess(
  id: string,
  flags: Record<string, string | boolean>,
  heartbeatMs: number,
) {
  const options = parseWaitOptions(id, {
    api: "data-registry",
    endpoint: emulator.url,
    ...flags,
  });
  const client = createCliClient(options, {
    kind: "key",
    credential: new AzureKeyCredential(KEY),
  });
  const { io, out, err } = fakeIo();
  const code = await waitCommand(options, client, io, heartbeatMs);
  return { code, out: out(), err: err() };
}

describe("--interval 0ms made 731 polls in 3 s: the CLI floors it like the library", () => {
  it("the delays the wait reports are the floor, whatever --interval and Retry-After say", async () => {
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 1 }],
    });
    const run = await waitInProcess(id, { interval: "0ms", minInterval: "30ms", json: true }, 5000);
    const delays = ndjson(run.out)
      .filter((e) => e.event === "progress" && e.nextPollInMs !== undefined)
      .map((e) => e.nextPollInMs);
    expect(delays).toEqual([30]);
  });
});

describe("off a terminal, 20 s of silence with Retry-After 10: a heartbeat at least every 5 s", () => {
  // The period is a parameter so that the test does not sleep 5 s; the CLI uses HEARTBEAT_MS.
  it.each([
    ["NDJSON: waiting events", { json: true }, /"event":"waiting".*"status":"Running"/],
    ["lines: still-waiting lines", {}, /still Running \(1 poll, next poll in \S+\)/],
  ])("%s", async (_name, flags, pattern) => {
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 1 }],
    });
    const run = await waitInProcess(id, { ...flags, minInterval: "400ms" }, 100);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(pattern);
  });
});

describe("--json emitted no event for throttled or failed polls: every failed poll is reported", () => {
  it.each([
    [
      "NDJSON: a retry event with the HTTP status",
      { json: true },
      /"event":"retry".*"httpStatus":429/,
    ],
    ["lines: a failed-poll line", {}, /poll 1 failed \(HTTP 429 TooManyRequests\), retry in \S+:/],
  ])("%s", async (_name, flags, pattern) => {
    const op = emulator.createOperation({ api: "dataRegistry", retryAfter: 0 });
    emulator.addOperationFaults(op.id, { kind: "throttle", retryAfter: 0, count: 1 });
    const run = await waitInProcess(op.id, { ...flags, minInterval: "5ms", interval: "5ms" }, 5000);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(pattern);
  });
});

describe("a usage error repeated an --endpoint value verbatim: never an argument that may hold a secret", () => {
  const SECRET = "usage-secret-value-123";
  it.each([
    [
      "status with a key in --endpoint's query",
      ["status", "op", "--api", "dataset", "--endpoint", `ftp://h/?subscription-key=${SECRET}`],
    ],
    [
      "status with user info in --endpoint",
      ["status", "op", "--api", "dataset", "--endpoint", `https://u:${SECRET}@h`],
    ],
    [
      "wait with http to a remote host",
      ["wait", "op", "--api", "dataset", "--endpoint", `http://h/?k=${SECRET}`],
    ],
    [
      "conformance with a key in --endpoint",
      ["conformance", "--endpoint", `https://u:${SECRET}@h`],
    ],
    [
      "an unknown option with a value",
      ["status", "op", "--api", "dataset", `--subscription-key=${SECRET}`],
    ],
  ])("%s: exit 2, the flag named, the value not shown", async (_name, argv) => {
    const { io, out, err } = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(`${out()}${err()}`).not.toContain(SECRET);
    expect(err()).toMatch(/--endpoint must be|unknown option '--subscription-key=…'/);
  });
});

describe("maps-operations wait --json | head -1 crashed with write EPIPE", () => {
  beforeAll(ensureBuilt, 600_000);

  it("the reader going away is ignored: the wait finishes with its documented exit code", async () => {
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 3 }],
    });
    const args = [BIN, "wait", id, "--api", "data-registry", "--endpoint", emulator.url];
    const child = spawn(
      "bash",
      [
        "-c",
        `"${process.execPath}" ${args.map((a) => `'${a}'`).join(" ")} --interval 20ms --min-interval 20ms --json | head -1; echo "cli-exit=\${PIPESTATUS[0]}" >&2`,
      ],
      { env: cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY }) },
    );
    const run = await collect(child);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(run.stderr).toContain("cli-exit=0");
  });
});
