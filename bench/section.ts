import type { Goal } from "./goals.js";
import type { Summary } from "./stats.js";

/** What a scenario returns: one table of the report, and its figures for the section's goals. */
export interface ScenarioResult {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
  /** Medians over rounds (with spread) by goal id, for the goals bench/sections.ts declares. */
  measured: Record<string, Summary>;
  /** The raw numbers. */
  data: unknown;
}

/** One table of the benchmark report. Cells are preformatted; `data` keeps the raw numbers. */
export interface BenchSection extends Omit<ScenarioResult, "measured"> {
  /** The section's goals, evaluated on this run's medians (empty when the docs state none). */
  goals: Goal[];
}

export interface BenchConfig {
  /** Smoke mode: tiny counts, for the test that checks the report's shape. */
  quick: boolean;
  rounds: number;
}
