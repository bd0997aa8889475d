import { WELL_KNOWN_CREDENTIALS } from "../../emulator/index.js";
import {
  startBareProcess,
  startEmulatorProcess,
  startLoadGenerator,
  type LoadGenerator,
  type LoadResult,
  type ServerProcess,
} from "../load/servers.js";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtNumber, fmtRatio, ratios, summarise } from "../stats.js";

const CONNECTIONS = 64;
const HEADERS = { "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey };

/** One GET: status, content type and body. */
async function get(url: string): Promise<{ status: number; contentType: string; body: string }> {
  const response = await fetch(url, { headers: HEADERS });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

/**
 * The emulator against a bare node:http server that answers the same bytes, each in a process of
 * its own on 127.0.0.1, both loaded by autocannon from a third process: 64 keep-alive
 * connections, alternated in rounds, the requests/s ratio taken per round.
 */
export async function benchEmulatorLoad(config: BenchConfig): Promise<ScenarioResult> {
  const rounds = config.quick ? 1 : 3;
  const seconds = config.quick ? 1 : 8;
  let emulator: ServerProcess | undefined;
  let bare: ServerProcess | undefined;
  let autocannon: LoadGenerator | undefined;
  try {
    [emulator, autocannon] = await Promise.all([startEmulatorProcess(), startLoadGenerator()]);
    const path = emulator.info.path!;
    const answer = await get(`${emulator.url}${path}`);
    if (answer.status !== 200) {
      throw new Error(
        `bench: the emulator answered ${answer.status} to GET ${path}: ${answer.body}`,
      );
    }
    bare = await startBareProcess(answer.body, answer.contentType);
    const peer = await get(`${bare.url}${path}`);
    if (peer.body !== answer.body || peer.contentType !== answer.contentType) {
      throw new Error("bench: the bare server does not answer the emulator's bytes");
    }
    const servers = [
      { name: "bare node:http", url: `${bare.url}${path}` },
      { name: "emulator", url: `${emulator.url}${path}` },
    ];
    const load = (url: string, s: number): Promise<LoadResult> =>
      autocannon!.run({ url, connections: CONNECTIONS, seconds: s, headers: HEADERS });
    if (!config.quick) for (const s of servers) await load(s.url, 1); // untimed warm-up
    const results = new Map(servers.map((s) => [s.name, [] as LoadResult[]]));
    for (let round = 0; round < rounds; round += 1) {
      // A/B, then B/A: drift of the machine's speed falls on both alike.
      const order = round % 2 === 0 ? [servers[1]!, servers[0]!] : servers;
      for (const s of order) results.get(s.name)!.push(await load(s.url, seconds));
    }
    const bareRuns = results.get("bare node:http")!;
    const emulatorRuns = results.get("emulator")!;
    const overBare = summarise(
      ratios(
        emulatorRuns.map((r) => r.perSecond),
        bareRuns.map((r) => r.perSecond),
      ),
    );
    const summary = (runs: LoadResult[]) => ({
      perSecond: summarise(runs.map((r) => r.perSecond)),
      p50: summarise(runs.map((r) => r.p50)),
      p99: summarise(runs.map((r) => r.p99)),
      errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    });
    const row = (name: string, runs: LoadResult[], vsBare: string): string[] => {
      const s = summary(runs);
      return [
        name,
        fmtNumber(s.perSecond),
        vsBare,
        fmtNumber(s.p50, 1),
        fmtNumber(s.p99, 1),
        String(s.errors),
        String(runs.length),
      ];
    };
    return {
      id: "emulator-load",
      title: `Emulator at ${CONNECTIONS} keep-alive connections, beside a bare node:http server`,
      columns: [
        "server",
        "requests/s",
        "vs bare node:http",
        "p50 (ms)",
        "p99 (ms)",
        "errors",
        "rounds",
      ],
      rows: [
        row("bare node:http, same answer (peer)", bareRuns, "1.00x"),
        row("emulator", emulatorRuns, fmtRatio(overBare)),
      ],
      notes: [
        `Each server runs in a child process of its own on 127.0.0.1 (the emulator as built, emulator/dist, which its bin runs); autocannon runs in a third (${CONNECTIONS} keep-alive connections, ${seconds} s a run, ${config.quick ? "no warm-up" : "after a 1 s untimed warm-up of each"}), alternating emulator and bare server in rounds; the ratio is taken per round.`,
        `The request is GET ${"`"}/dataRegistries/operations/{id}?api-version=2023-06-01${"`"} with the well-known subscription key, on a Completed operation: the emulator checks the request and computes the status; the peer sends the same body bytes with the same content type and does nothing else.`,
        "Errors: connection errors and timeouts plus non-2xx answers, over all rounds.",
      ],
      measured: { "emulator-load/over-bare": overBare },
      data: {
        body: answer.body,
        contentType: answer.contentType,
        emulatorOverBare: overBare,
        bare: { ...summary(bareRuns), runs: bareRuns },
        emulator: { ...summary(emulatorRuns), runs: emulatorRuns },
      },
    };
  } finally {
    await Promise.all([emulator?.close(), bare?.close(), autocannon?.close()]);
  }
}
