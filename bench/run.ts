import { mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { isAbsolute, join, relative } from "node:path";
import { outputDir, parseArgs, ROOT, selectedSections, USAGE } from "./args.js";
import {
  evaluateGoals,
  exitCode,
  formatMeasured,
  GOAL_LIMITS_VARIABLE,
  missedGoals,
  parseGoalLimits,
} from "./goals.js";
import { writeReport } from "./report.js";
import { GOAL_IDS, SECTIONS } from "./sections.js";
import type { BenchConfig, BenchSection } from "./section.js";

/**
 * `npm run bench [-- options]` (see USAGE in args.ts): runs the selected scenarios side by side
 * against local servers, writes results.md and results.json (default: reports/bench/), prints
 * missed goals on stderr; with `--check`, exits 1 when a goal was missed. Bad arguments exit 2
 * before anything runs.
 */
async function main(argv: string[]): Promise<number> {
  let args;
  let goalLimits;
  try {
    args = parseArgs(argv);
    goalLimits = parseGoalLimits(process.env[GOAL_LIMITS_VARIABLE], GOAL_IDS);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = outputDir(args);
  const ids = selectedSections(args);
  const config: BenchConfig = { quick: args.quick, rounds: args.quick ? 2 : 5 };
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    loadAverage: loadavg(),
    date: new Date().toISOString(),
    quick: args.quick,
    rounds: config.rounds,
    sections: ids,
  };
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const sections: BenchSection[] = [];
  for (const entry of SECTIONS.filter((s) => ids.includes(s.id))) {
    const start = performance.now();
    process.stderr.write(`bench: ${entry.name}...`);
    const { measured, ...section } = await (await entry.load())(config);
    sections.push({ ...section, goals: evaluateGoals(entry.goals, measured, goalLimits) });
    process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  writeReport(out, machine, sections);
  const shown = relative(process.cwd(), out);
  const where = shown === "" || shown.startsWith("..") || isAbsolute(shown) ? out : shown;
  process.stderr.write(`bench: wrote ${join(where, "results.md")} and results.json\n`);
  const missed = missedGoals(sections);
  for (const g of missed) {
    process.stderr.write(
      `bench: goal missed: [${g.section}] ${g.what}: ${formatMeasured(g)}, target ${g.target}\n`,
    );
  }
  const total = sections.reduce((n, s) => n + s.goals.length, 0);
  process.stderr.write(
    `bench: ${total - missed.length} of ${total} goals met${args.quick ? " (quick run: numbers mean nothing)" : ""}\n`,
  );
  const code = exitCode(args.check, missed.length);
  if (code !== 0) process.stderr.write(`bench: --check: ${missed.length} goal(s) missed\n`);
  return code;
}

// process.exit, not exitCode: a scenario's leftover handle (a keep-alive socket) must not keep
// the run alive once the report is written. stderr is synchronous on files and pipes.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\nbench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
