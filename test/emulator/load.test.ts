import { runLoad } from "../../emulator/load.js";
import { useEmulator } from "./helpers/start.js";

const emulator = useEmulator({ limits: { maxOperations: 200 } });

describe("load", () => {
  it("answers 64 concurrent clients for a second without a single error", async () => {
    const report = await runLoad(emulator(), { clients: 64, durationMs: 1000 });
    expect(report.errors).toBe(0);
    expect(report.requests).toBeGreaterThan(0);
    expect(report.p99).toBeGreaterThanOrEqual(report.p50);
    expect(Number.isFinite(report.throughput)).toBe(true);
    // A data point for people, not an assertion: timings depend on the machine.
    process.stdout.write(
      `emulator load: ${report.requests} requests, ${report.throughput.toFixed(0)}/s, ` +
        `p50 ${report.p50.toFixed(2)} ms, p99 ${report.p99.toFixed(2)} ms\n`,
    );
  });
});
