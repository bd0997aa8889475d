import { spawn, type ChildProcess } from "node:child_process";
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
