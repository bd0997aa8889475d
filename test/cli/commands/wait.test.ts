import { execFileSync, spawn } from "node:child_process";
import type { RunningEmulator } from "../../../emulator/index.js";
import { BIN, ensureBuilt, ROOT } from "../../helpers/build.js";
import { apiRequests, startTestEmulator } from "../helpers/emulator.js";
import { cleanEnv, collect, KEY, ndjson, runCliInProcess } from "../helpers/run.js";

/**
 * `wait`: lines, NDJSON and every exit code through `runCli` in-process; a real signal and a real
 * terminal (script(1), tmux) through the built CLI as a child process.
 */
let emulator: RunningEmulator;
let requests: string[];

beforeAll(async () => {
  await ensureBuilt();
  ({ emulator, requests } = await startTestEmulator());
}, 300_000);
afterAll(() => emulator.close());

const fast = (api: "dataset" | "data-registry"): string[] => [
  "--api",
  api,
  "--endpoint",
  emulator.url,
  "--interval",
  "10ms",
  "--min-interval",
  "10ms",
];
const CLEAR = "\r\x1b[2K";

describe("wait, not on a terminal", () => {
  it("prints one line per status change, then the outcome with the dataset", async () => {
    const { id } = emulator.createOperation({
      api: "dataset",
      steps: [
        { status: "NotStarted", polls: 2 },
        { status: "Running", polls: 3 },
      ],
      resourceId: "ds-7",
    });
    const run = await runCliInProcess(["wait", id, ...fast("dataset")]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`Waiting for Dataset operation ${id} at ${emulator.url}`);
    expect(lines.slice(1, 4).map((l) => l.replace(/^ *\S+ {2}/, ""))).toEqual([
      "NotStarted (poll 1)",
      "Running (poll 3)",
      "Succeeded (poll 6)",
    ]);
    expect(lines[4]).toMatch(
      new RegExp(
        `^Succeeded after 6 polls in \\S+: dataset ds-7 \\(Resource-Location: ${emulator.url.replace(/\./g, "\\.")}/datasets/ds-7\\?api-version=2\\.0\\)$`,
      ),
    );
    expect(lines).toHaveLength(5);
  });

  it("--json prints one object per poll, then the outcome (NDJSON)", async () => {
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", polls: 2 }],
    });
    const run = await runCliInProcess(["wait", id, ...fast("data-registry"), "--json"]);
    expect(run.code).toBe(0);
    const events = ndjson(run.stdout);
    expect(events.map((e) => [e.event, e.status, e.polls, e.nextPollInMs])).toEqual([
      ["progress", "Running", 1, 10],
      ["progress", "Running", 2, 10],
      ["progress", "Completed", 3, undefined],
      ["succeeded", "Completed", 3, undefined],
    ]);
    expect(events[3]).toMatchObject({ api: "dataRegistry", operationId: id, exitCode: 0 });
    expect(typeof events[3]?.elapsedMs).toBe("number");
  });

  it("a Failed operation exits 1 with the service error (lines and NDJSON)", async () => {
    const outcome = { status: "Failed", error: { code: "InvalidData", message: "Bad file." } };
    const a = emulator.createOperation({ api: "dataset", steps: [], outcome });
    const line = await runCliInProcess(["wait", a.id, ...fast("dataset")]);
    expect(line.code).toBe(1);
    expect(line.stdout).toMatch(/\nFailed after \S+: InvalidData: Bad file\.\n$/);
    const b = emulator.createOperation({ api: "dataset", steps: [], outcome });
    const json = await runCliInProcess(["wait", b.id, ...fast("dataset"), "--json"]);
    expect(json.code).toBe(1);
    expect(ndjson(json.stdout).pop()).toMatchObject({
      event: "failed",
      status: "Failed",
      error: { code: "InvalidData", message: "Bad file." },
      exitCode: 1,
    });
  });

  it("regression: a timeout says why (the server's Retry-After 10 falls past --timeout 5s)", async () => {
    const { id } = emulator.createOperation({ api: "dataRegistry", retryAfter: 10 });
    const run = await runCliInProcess([
      "wait",
      id,
      "--api",
      "data-registry",
      "--endpoint",
      emulator.url,
      "--timeout",
      "5s",
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(
      /\nTimed out after \S+: the server asked to wait 10s before the next poll, past --timeout 5s \(last status Running, 1 poll\)\n$/,
    );
  });

  it("--timeout exits 3 with the last status", async () => {
    // The server's Retry-After (5 s) puts the second poll past the timeout, so the first poll has
    // answered however slow the machine is, and the command stops without waiting out the time.
    const { id } = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 5,
      steps: [{ status: "Running", polls: 10_000 }],
    });
    const line = await runCliInProcess(["wait", id, ...fast("data-registry"), "--timeout", "3s"]);
    expect(line.code).toBe(3);
    expect(line.stdout).toMatch(
      /\nTimed out after \S+: (time ran out|the server asked to wait 5s before the next poll, past --timeout 3s) \(last status Running, \d+ polls?\)\n$/,
    );
    const json = await runCliInProcess([
      "wait",
      id,
      ...fast("data-registry"),
      "--timeout",
      "3s",
      "--json",
    ]);
    expect(json.code).toBe(3);
    expect(ndjson(json.stdout).pop()).toMatchObject({
      event: "timeout",
      lastStatus: "Running",
      exitCode: 3,
    });
  });

  it("a refused credential exits 4 (error on stderr, or a JSON error event)", async () => {
    const { id } = emulator.createOperation({ api: "dataset" });
    const env = cleanEnv({ MAPS_SUBSCRIPTION_KEY: "wrong-key-4321" });
    const line = await runCliInProcess(["wait", id, ...fast("dataset")], env);
    expect(line.code).toBe(4);
    expect(line.stderr).toMatch(/^error: Dataset Get Operation .* HTTP 401 Unauthorized/);
    const json = await runCliInProcess(["wait", id, ...fast("dataset"), "--json"], env);
    expect(json.code).toBe(4);
    expect(ndjson(json.stdout)).toEqual([
      expect.objectContaining({ event: "error", code: "Unauthorized", httpStatus: 401 }),
    ]);
    expect(`${line.stdout}${line.stderr}${json.stdout}${json.stderr}`).not.toContain(
      "wrong-key-4321",
    );
  });

  it.each([
    [["--timeout", "10"], /--timeout must be a duration such as 500ms, 5s, 10m or 1h .*got "10"/],
    [["--timeout", "0ms"], /--timeout must be a duration .*at least 1ms.*got "0ms"/],
    [["--interval", "5 minutes"], /--interval must be a duration such as 500ms, 5s, 10m or 1h/],
    [["--timeout", "999h"], /at most 596h\); got "999h"/],
  ])("bad duration %j exits 2, nothing sent", async (extra, message) => {
    const before = apiRequests(requests).length;
    const run = await runCliInProcess([
      "wait",
      "op-1",
      "--api",
      "dataset",
      "--endpoint",
      emulator.url,
      ...extra,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(apiRequests(requests).length).toBe(before);
  });

  it("Ctrl-C (SIGINT) stops the wait and exits 130 with the last status", async () => {
    const { id } = emulator.createOperation({
      api: "dataset",
      steps: [{ status: "Running", polls: 10_000 }],
    });
    const child = spawn(process.execPath, [BIN, "wait", id, ...fast("dataset")], {
      cwd: ROOT,
      env: cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY }),
    });
    const done = collect(child);
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Running")) resolve();
      }),
    );
    child.kill("SIGINT");
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stdout).toMatch(/\nInterrupted after \S+ \(last status Running, \d+ polls?\)\n$/);
  });
});

describe("wait, on a terminal", () => {
  const slowOperation = () =>
    emulator.createOperation({
      api: "dataset",
      steps: [
        { status: "NotStarted", polls: 1 },
        { status: "Running", ms: 1200 },
      ],
      resourceId: "ds-tty",
    }).id;
  const command = (id: string) =>
    `${process.execPath} ${BIN} wait ${id} --api dataset --endpoint ${emulator.url} --interval 300ms --min-interval 300ms`;

  it("under script(1): a live line rewritten in place, counting down to the next poll", async () => {
    const id = slowOperation();
    // script gives the CLI a pseudo-terminal; -e passes its exit code on.
    // The emulator runs in this process: the child must run asynchronously.
    const run = await collect(
      spawn("script", ["-qefc", command(id), "/dev/null"], {
        cwd: ROOT,
        env: cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY, TERM: "xterm" }),
        stdio: ["ignore", "pipe", "pipe"],
      }),
    );
    expect(run.code).toBe(0);
    const output = run.stdout;
    const frames = output.split(CLEAR).slice(1);
    expect(output.startsWith(`Waiting for Dataset operation ${id} at ${emulator.url}\r\n`)).toBe(
      true,
    );
    expect(frames[0]).toMatch(new RegExp(`^Dataset ${id}: polling… \\| elapsed \\S+$`));
    const live = frames.filter((f) => f.includes(": Running | elapsed"));
    expect(live.length).toBeGreaterThan(1);
    for (const frame of live) {
      expect(frame).toMatch(
        new RegExp(
          `^Dataset ${id}: Running \\| elapsed \\S+ \\| next poll in \\S+ \\| polls \\d+$`,
        ),
      );
    }
    // Only the outcome ends with a newline: every live frame was replaced, not appended.
    expect(frames.at(-1)).toMatch(
      /^Succeeded after \d+ polls in \S+: dataset ds-tty \(Resource-Location: .*\)\r\n$/,
    );
    expect(frames.slice(0, -1).every((f) => !f.includes("\n"))).toBe(true);
  });

  it("in tmux: the screen keeps only the outcome where the live line was", async () => {
    const id = slowOperation();
    const socket = `maps-cli-test-${process.pid}`;
    const tmux = (...args: string[]) =>
      execFileSync("tmux", ["-L", socket, ...args], {
        encoding: "utf8",
        env: cleanEnv({ TERM: "xterm" }),
      });
    tmux(
      "new-session",
      "-d",
      "-s",
      "wait",
      "-x",
      "200",
      "-y",
      "10",
      "-e",
      `MAPS_SUBSCRIPTION_KEY=${KEY}`,
      `${command(id)}; echo "exit=$?"; sleep 60`,
    );
    try {
      let screen = "";
      const deadline = Date.now() + 30_000;
      while (!screen.includes("exit=") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        screen = tmux("capture-pane", "-p", "-t", "wait");
      }
      const lines = screen.split("\n").filter((l) => l.trim() !== "");
      expect(lines[0]).toBe(`Waiting for Dataset operation ${id} at ${emulator.url}`);
      expect(lines[1]).toMatch(/^Succeeded after \d+ polls in \S+: dataset ds-tty /);
      expect(lines.at(-1)).toBe("exit=0");
      expect(screen).not.toContain("| elapsed");
    } finally {
      tmux("kill-server");
    }
  });
});
