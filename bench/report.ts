import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchSection } from "./section.js";

function table(section: BenchSection): string {
  const head = `| ${section.columns.join(" | ")} |`;
  const rule = `|${section.columns.map(() => "---").join("|")}|`;
  const body = section.rows.map((r) => `| ${r.join(" | ")} |`);
  const notes = (section.notes ?? []).map((n) => `- ${n}`);
  return [`## ${section.title}`, "", head, rule, ...body, "", ...notes, ""].join("\n");
}

export interface MachineInfo {
  node: string;
  cpus: number;
  cpuModel: string;
  date: string;
  quick: boolean;
  rounds: number;
}

export function writeReport(dir: string, machine: MachineInfo, sections: BenchSection[]): void {
  mkdirSync(dir, { recursive: true });
  const md = [
    "# Benchmark results",
    "",
    `Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.rounds} rounds${machine.quick ? " (quick smoke run: numbers are not meaningful)" : ""}, ${machine.date}. Reproduce with \`npm run bench\`.`,
    "",
    ...sections.map(table),
  ].join("\n");
  writeFileSync(join(dir, "results.md"), md);
  writeFileSync(join(dir, "results.json"), JSON.stringify({ machine, sections }, null, 2) + "\n");
}
