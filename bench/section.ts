/** One table of the benchmark report. Cells are preformatted; `data` keeps the raw numbers. */
export interface BenchSection {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
  data: unknown;
}

export interface BenchConfig {
  /** Smoke mode: tiny counts, for the test that checks the report's shape. */
  quick: boolean;
  rounds: number;
}
