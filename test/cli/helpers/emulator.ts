import { startEmulator, type RunningEmulator } from "../../../emulator/index.js";

/** An emulator for one test file, with a request log to prove when nothing was sent. */
export async function startTestEmulator(): Promise<{
  emulator: RunningEmulator;
  requests: string[];
}> {
  const requests: string[] = [];
  const emulator = await startEmulator({ port: 0, log: (line) => requests.push(line) });
  return { emulator, requests };
}

/** Requests that reached an API (control calls excluded). */
export function apiRequests(requests: string[]): string[] {
  return requests.filter((line) => !line.includes("/_emulator"));
}
