import { spawn, type ChildProcess } from "node:child_process";
import type { CliIo } from "../../../cli/src/io.js";
import { runCli } from "../../../cli/src/main.js";
import { BIN, ROOT } from "../../helpers/build.js";

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const KEY = "maps-emulator-well-known-subscription-key";
export const SAS = "maps-emulator-well-known-sas-token";

/** Only what the CLI needs: no MAPS_* or AZURE_* from the machine running the tests. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...extra };
}

/** Runs the built CLI as a child process with stdout a pipe (not a terminal). */
export function runBuiltCli(
  args: string[],
  env: Record<string, string> = cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY }),
  bin = BIN,
): Promise<CliRun> {
  return collect(spawn(process.execPath, [bin, ...args], { cwd: ROOT, env }));
}

/**
 * The same command line through `runCli` in this process, with stdout a pipe (not a terminal):
 * the code paths of the built CLI without a process start per call. What only a process can show
 * (signals, a terminal, the debug log Node configures at start-up) stays with `runBuiltCli`.
 */
export async function runCliInProcess(
  args: string[],
  env: Record<string, string> = cleanEnv({ MAPS_SUBSCRIPTION_KEY: KEY }),
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    env,
    isTTY: false,
    interrupt: new AbortController().signal,
    now: Date.now,
  };
  const code = await runCli(args, io);
  return { code, signal: null, stdout, stderr };
}

export function collect(child: ChildProcess): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** NDJSON lines as objects. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
