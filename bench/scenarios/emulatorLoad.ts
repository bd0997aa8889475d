import { runLoad, startEmulator } from "../../emulator/index.js";
import type { BenchConfig, BenchSection } from "../section.js";
import { fmtNumber, summarise } from "../stats.js";

/** Emulator throughput and latency at 64 concurrent keep-alive clients, loopback only, bounded. */
export async function benchEmulatorLoad(config: BenchConfig): Promise<BenchSection> {
  const emulator = await startEmulator({ seed: false });
  try {
    const rounds = config.quick ? 1 : 3;
    const reports = [];
    for (let round = 0; round < rounds; round += 1) {
      reports.push(await runLoad(emulator, { clients: 64, durationMs: config.quick ? 200 : 2000 }));
    }
    const throughput = summarise(reports.map((r) => r.throughput));
    const p50 = summarise(reports.map((r) => r.p50));
    const p99 = summarise(reports.map((r) => r.p99));
    const errors = reports.reduce((n, r) => n + r.errors, 0);
    return {
      id: "emulator-load",
      title: "Emulator at 64 concurrent connections",
      columns: ["requests/s", "p50 (ms)", "p99 (ms)", "errors", "rounds"],
      rows: [
        [
          fmtNumber(throughput),
          fmtNumber(p50, 1),
          fmtNumber(p99, 1),
          String(errors),
          String(rounds),
        ],
      ],
      notes: [
        "Client and emulator share this process and its core; the client is a raw keep-alive node:http loop, half the clients on each API.",
      ],
      data: { throughput, p50, p99, errors, reports },
    };
  } finally {
    await emulator.close();
  }
}
