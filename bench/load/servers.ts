/**
 * The processes of the emulator load benchmark: each server in a child process of its own, and
 * autocannon in another, so that no two of them share an event loop (or the bench's).
 */
import { fork, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { ensureBuilt } from "../built.js";

const ROOT = resolve(__dirname, "..", "..");

export interface ServerProcess {
  url: string;
  /** What the server sent when listening (the emulator adds the operation's path). */
  info: Record<string, string>;
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", () => done());
  });
}

/** Forks `script` with `execArgv`, and waits for its first message: `{ url, ... }`. */
async function startServer(
  name: string,
  script: string,
  execArgv: string[],
  args: string[] = [],
): Promise<ServerProcess> {
  const child = fork(script, args, {
    cwd: ROOT,
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const info = await new Promise<Record<string, string>>((done, fail) => {
    child.once("message", (m) => done(m as Record<string, string>));
    child.once("error", fail);
    child.once("exit", (code) =>
      fail(new Error(`bench: ${name} exited (${code}) before listening`)),
    );
  });
  return {
    url: info.url!,
    info,
    close: async () => {
      if (child.connected) child.send("close");
      const timer = setTimeout(() => child.kill(), 5000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/**
 * The built emulator (built first if its sources changed: what its bin runs), with one Completed
 * Data Registry operation.
 */
export function startEmulatorProcess(): Promise<ServerProcess> {
  ensureBuilt();
  return startServer("the emulator", join(__dirname, "emulatorServer.cjs"), []);
}

/** A bare node:http server answering every request with `body` as `contentType`. */
export const startBareProcess = (body: string, contentType: string): Promise<ServerProcess> =>
  startServer(
    "the bare node:http server",
    join(__dirname, "bareServer.mjs"),
    [],
    [JSON.stringify({ body, contentType })],
  );

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Connection errors (timeouts included). */
  errors: number;
  timeouts: number;
  /** Answers other than 2xx. */
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}

export interface LoadGenerator {
  /** One autocannon run; runs are sequential. */
  run(options: LoadOptions): Promise<LoadResult>;
  close(): Promise<void>;
}

/** autocannon in a child process of its own, kept for a whole section (one start-up, not one a run). */
export async function startLoadGenerator(): Promise<LoadGenerator> {
  const child = fork(join(__dirname, "autocannon.mjs"), [], {
    cwd: ROOT,
    execArgv: [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = (): Promise<Record<string, unknown>> =>
    new Promise((done, fail) => {
      const onExit = (code: number | null) =>
        fail(new Error(`bench: the autocannon process exited (${code})`));
      child.once("exit", onExit);
      child.once("message", (m) => {
        child.off("exit", onExit);
        done(m as Record<string, unknown>);
      });
    });
  await next(); // { ready: true }
  return {
    run: async (options) => {
      const answer = next();
      child.send(options);
      const result = await answer;
      if (typeof result.error === "string") throw new Error(`bench: autocannon: ${result.error}`);
      return result as unknown as LoadResult;
    },
    close: async () => {
      if (child.connected) child.send("close");
      const timer = setTimeout(() => child.kill(), 5000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
