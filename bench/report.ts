import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatMeasured, missedGoals } from "./goals.js";
import type { BenchSection } from "./section.js";

function table(section: BenchSection): string {
  const head = `| ${section.columns.join(" | ")} |`;
  const rule = `|${section.columns.map(() => "---").join("|")}|`;
  const body = section.rows.map((r) => `| ${r.join(" | ")} |`);
  const notes = (section.notes ?? []).map((n) => `- ${n}`);
  return [`## ${section.title}`, "", head, rule, ...body, "", ...notes, ""].join("\n");
}

export const GOAL_COLUMNS = ["section", "goal", "target", "measured: median (min–max)", "result"];

/** The "Goals" table: every section's goals, in section order, met or missed. */
export function goalsTable(sections: readonly BenchSection[]): string {
  const goals = sections.flatMap((s) => s.goals.map((g) => ({ ...g, section: s.id })));
  const missed = missedGoals(sections).length;
  const rows = goals.map(
    (g) =>
      `| ${[g.section, g.what, g.target, formatMeasured(g), g.met ? "met" : "**missed**"].join(" | ")} |`,
  );
  return [
    "## Goals",
    "",
    goals.length
      ? `${goals.length - missed} of ${goals.length} met. Each measured figure is the median over rounds of a figure taken within one round, (min–max) its spread; the sections below say what each compares.`
      : "No section of this run has a goal.",
    "",
    ...(goals.length
      ? [
          `| ${GOAL_COLUMNS.join(" | ")} |`,
          `|${GOAL_COLUMNS.map(() => "---").join("|")}|`,
          ...rows,
          "",
        ]
      : []),
  ].join("\n");
}

export interface MachineInfo {
  node: string;
  cpus: number;
  cpuModel: string;
  /** Load average (1, 5, 15 min) when the run started: the machine may be shared. */
  loadAverage: number[];
  date: string;
  quick: boolean;
  rounds: number;
  /** The sections this run measured, in order. */
  sections: string[];
}

export function renderMarkdown(machine: MachineInfo, sections: readonly BenchSection[]): string {
  const load = machine.loadAverage.map((l) => l.toFixed(1)).join(", ");
  return [
    "# Benchmark results",
    "",
    `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, load average ${load} at start, ${machine.rounds} rounds${machine.quick ? " (quick smoke run: numbers are not meaningful)" : ""}, ${machine.date}. Reproduce with \`npm run bench\`; see docs/benchmarks.md.`,
    "",
    goalsTable(sections),
    ...sections.map(table),
  ].join("\n");
}

export function reportJson(machine: MachineInfo, sections: readonly BenchSection[]): unknown {
  const total = sections.reduce((n, s) => n + s.goals.length, 0);
  const missed = missedGoals(sections).map((g) => g.id);
  return { machine, goals: { total, met: total - missed.length, missed }, sections };
}

export function writeReport(
  dir: string,
  machine: MachineInfo,
  sections: readonly BenchSection[],
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "results.md"), renderMarkdown(machine, sections));
  writeFileSync(
    join(dir, "results.json"),
    JSON.stringify(reportJson(machine, sections), null, 2) + "\n",
  );
}
