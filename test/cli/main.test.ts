import type { RunningEmulator } from "../../emulator/index.js";
import type { CliIo } from "../../cli/src/io.js";
import { runCli } from "../../cli/src/main.js";
import { apiRequests, startTestEmulator } from "./helpers/emulator.js";
import { KEY } from "./helpers/run.js";

/** runCli in-process with a fake terminal: the same code paths as the built CLI, fast. */
let emulator: RunningEmulator;
let requests: string[];
beforeAll(async () => ({ emulator, requests } = await startTestEmulator()));
afterAll(() => emulator.close());

function fakeIo(env: Record<string, string>, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    env,
    isTTY,
    interrupt: new AbortController().signal,
    now: Date.now,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

it("--help documents the credentials, their precedence and every exit code", async () => {
  const { io, out } = fakeIo({});
  expect(await runCli(["--help"], io)).toBe(0);
  for (const text of [
    "MAPS_SUBSCRIPTION_KEY",
    "MAPS_SAS_TOKEN",
    "MAPS_CLIENT_ID",
    "DefaultAzureCredential",
    "Precedence when several are set: MAPS_SAS_TOKEN, then MAPS_SUBSCRIPTION_KEY",
    "None set: exit 2",
    "0    succeeded",
    "1    the operation failed",
    "2    bad usage",
    "3    wait: timed out",
    "4    authentication failed",
    "130  wait or conformance: interrupted",
  ]) {
    expect(out()).toContain(text);
  }
});

it("wait on a (fake) terminal draws live frames and ends with the outcome line", async () => {
  const { id } = emulator.createOperation({
    api: "dataRegistry",
    retryAfter: 0,
    steps: [{ status: "Running", polls: 2 }],
  });
  const { io, out } = fakeIo({ MAPS_SUBSCRIPTION_KEY: KEY }, true);
  const code = await runCli(
    [
      "wait",
      id,
      "--api",
      "data-registry",
      "--endpoint",
      emulator.url,
      "--interval",
      "5ms",
      "--min-interval",
      "5ms",
    ],
    io,
  );
  expect(code).toBe(0);
  const frames = out().split("\r\x1b[2K");
  expect(frames[0]).toBe(`Waiting for Data Registry operation ${id} at ${emulator.url}\n`);
  expect(
    frames.some((f) =>
      /^Data Registry \S+: Running \| elapsed \S+ \| next poll in \S+ \| polls 1$/.test(f),
    ),
  ).toBe(true);
  expect(frames.at(-1)).toMatch(/^Completed after 3 polls in \S+\n$/);
});

it("a usage error is text on stderr even with --json, and nothing is sent", async () => {
  const before = apiRequests(requests).length;
  const { io, out, err } = fakeIo({ MAPS_SUBSCRIPTION_KEY: KEY });
  expect(
    await runCli(
      ["status", "op", "--api", "data-registry", "--endpoint", emulator.url, "--json"],
      io,
    ),
  ).toBe(2);
  expect(out()).toBe("");
  expect(err()).toMatch(/^error: operationId must be a GUID/);
  expect(apiRequests(requests).length).toBe(before);
});
