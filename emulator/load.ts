import { Agent, request } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { performance } from "node:perf_hooks";
import { WELL_KNOWN_CREDENTIALS } from "./credentials.js";
import type { RunningEmulator } from "./server.js";

export interface LoadOptions {
  /** Concurrent clients, each with one request in flight at a time. Default 64. */
  clients?: number;
  /** How long to keep polling, ms. Default 3000. */
  durationMs?: number;
}

export interface LoadReport {
  requests: number;
  /** Requests that failed on the wire or were not answered 200. */
  errors: number;
  /** Requests per second over the whole run. */
  throughput: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
}

/**
 * Polls Get Operation on `emulator` from `clients` keep-alive connections for `durationMs`, half on
 * each API, each client on an operation of its own, over http or https (trusting `emulator.ca`).
 * Loopback only; stops by itself. A quick check from the same process (the emulator's load test
 * uses it); `npm run bench` measures throughput with autocannon from another process instead.
 */
export async function runLoad(
  emulator: RunningEmulator,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const clients = options.clients ?? 64;
  const durationMs = options.durationMs ?? 3000;
  const secure = emulator.url.startsWith("https:");
  const agentOptions = { keepAlive: true, maxSockets: clients };
  const agent = secure
    ? new HttpsAgent({ ...agentOptions, ca: emulator.ca })
    : new Agent(agentOptions);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  const client = async (index: number) => {
    const api = index % 2 === 0 ? "dataset" : "dataRegistry";
    // A step far longer than the run, so every answer is a 200 with the same status.
    const { url } = emulator.createOperation({
      api,
      retryAfter: 0,
      steps: [{ status: "Running", polls: 1_000 }],
    });
    while (performance.now() < deadline) {
      const sent = performance.now();
      const ok = await get(agent, url);
      latencies.push(performance.now() - sent);
      if (!ok) errors += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  } finally {
    agent.destroy();
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    throughput: latencies.length / elapsedSeconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

function get(agent: Agent, url: string): Promise<boolean> {
  const send = agent instanceof HttpsAgent ? httpsRequest : request;
  return new Promise((resolve) => {
    const req = send(
      url,
      { agent, headers: { "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode === 200));
        response.on("error", () => resolve(false));
      },
    );
    req.on("error", () => resolve(false));
    req.end();
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
