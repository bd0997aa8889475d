import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchConfig, BenchSection } from "../section.js";
import { fmtNumber, summarise } from "../stats.js";

const ROOT = resolve(__dirname, "..", "..");

/** Wall time of a full `npm run generate` (both clients, emitter build included) into a scratch folder. */
export async function benchGenerate(config: BenchConfig): Promise<BenchSection> {
  const { generate } = await import("../../scripts/generate.mjs");
  const rounds = config.quick ? 1 : 2;
  const seconds: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const out = mkdtempSync(join(ROOT, ".tmp", "bench-generate-"));
    try {
      const start = process.hrtime.bigint();
      generate({ config: join(ROOT, "autorest.md"), out: join(out, "generated") });
      seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const s = summarise(seconds);
  return {
    id: "generate",
    title: "npm run generate wall time",
    columns: ["what", "seconds", "rounds"],
    rows: [["emitter build + AutoRest for both specs + swap", fmtNumber(s, 1), String(s.n)]],
    notes: [
      "AutoRest core and modelerfour already in ~/.autorest (the first run on a fresh machine also downloads them).",
    ],
    data: { seconds: s },
  };
}
