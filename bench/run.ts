import { mkdirSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { writeReport } from "./report.js";
import { benchColdStart } from "./scenarios/coldStart.js";
import { benchEmulatorLoad } from "./scenarios/emulatorLoad.js";
import { benchGenerate } from "./scenarios/generate.js";
import { benchStatusGet } from "./scenarios/statusGet.js";
import { benchValidation } from "./scenarios/validation.js";
import { benchWait } from "./scenarios/wait.js";
import type { BenchConfig, BenchSection } from "./section.js";

/**
 * `npm run bench [-- --quick] [-- --out DIR]`: runs every scenario side by side against local
 * servers and writes DIR/results.md and DIR/results.json (default DIR: bench/).
 */
async function main(argv: string[]): Promise<void> {
  const quick = argv.includes("--quick");
  const outIndex = argv.indexOf("--out");
  const out = resolve(outIndex >= 0 ? (argv[outIndex + 1] ?? "bench") : "bench");
  const config: BenchConfig = { quick, rounds: quick ? 2 : 5 };
  const sections: BenchSection[] = [];
  const run = async (name: string, scenario: () => Promise<BenchSection>): Promise<void> => {
    process.stderr.write(`bench: ${name}...\n`);
    sections.push(await scenario());
  };
  mkdirSync(resolve(".tmp"), { recursive: true });
  await run("status GET", () => benchStatusGet(config));
  await run("validation", () => benchValidation(config));
  await run("waiting", () => benchWait(config));
  await run("generate", () => benchGenerate(config));
  await run("emulator load", () => benchEmulatorLoad(config));
  await run("cold start", () => benchColdStart(config));
  writeReport(
    out,
    {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      date: new Date().toISOString(),
      quick,
      rounds: config.rounds,
    },
    sections,
  );
  process.stderr.write(`bench: wrote ${out}/results.md and results.json\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
