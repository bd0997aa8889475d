/** The console reporter: stages, violations, skips and coverage as plain-text tables. */
import { coverageLines } from "./coverage.js";
import type { ConformanceReport } from "./types.js";

export function renderConsole(report: ConformanceReport): string {
  const out: string[] = [`conformance: ${report.target}`, ""];
  out.push(
    ...table(
      ["stage", "result", "summary"],
      report.stages.map((s) => [s.name, s.status.toUpperCase(), s.summary]),
    ),
  );
  for (const stage of report.stages) {
    for (const line of stage.details.slice(0, 20)) out.push(`  ${stage.name}: ${line}`);
  }
  out.push("");
  if (report.violations.length > 0) {
    out.push(`violations (${report.violations.length}):`);
    out.push(
      ...table(
        ["operation", "status", "where", "code", "message", "request"],
        report.violations.map((v) => [
          v.operation,
          String(v.status),
          `${v.location} ${v.pointer || "/"}`,
          v.code,
          v.message,
          `${v.method} ${v.url}`,
        ]),
      ),
    );
    out.push("");
  }
  for (const skip of report.skipped) out.push(`skipped: ${skip.name}: ${skip.reason}`);
  if (report.skipped.length > 0) out.push("");
  out.push("coverage (seen / declared):");
  out.push(
    ...table(
      ["operation / spec", "category", "seen", "detail"],
      coverageLines(report.coverage).map((line) => [
        line.operation,
        line.category,
        `${line.seen.length}/${line.seen.length + line.unseen.length}`,
        line.category === "statuses"
          ? `seen: ${line.seen.join(", ") || "none"}`
          : line.unseen.length > 0
            ? `never seen: ${line.unseen.join(", ")}`
            : "all seen",
      ]),
    ),
  );
  out.push("");
  const { tests, exchanges } = report;
  out.push(
    `tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped; ` +
      `responses validated: ${exchanges.validated} (${exchanges.expected} in fault self-tests, ` +
      `${report.expectedViolations} expected violations); unexpected violations: ${report.violations.length}`,
  );
  out.push(`reports: ${report.files.json}, ${report.files.junit}`);
  out.push(`conformance: ${report.ok ? "PASSED" : "FAILED"}`);
  return `${out.join("\n")}\n`;
}

/** Left-aligned columns; long cells are cut so that one violation stays on one line. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cut = (cell: string) => (cell.length > 110 ? `${cell.slice(0, 107)}...` : cell);
  const all = [header, ...rows].map((row) => row.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)];
}
