/** The JSON reporter: the report as written to `report.json`. */
import type { ConformanceReport } from "./types.js";

export function renderJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
