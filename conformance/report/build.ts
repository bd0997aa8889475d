/** Assembles the report from the stages, the check results and what the checks recorded. */
import type { CheckResult } from "../checks/runner.js";
import type { CoverageReport } from "../validator/index.js";
import { mergeCoverage } from "./coverage.js";
import type { ConformanceReport, SkippedEntry, StageResult, SuiteExchange } from "./types.js";

export interface ReportInput {
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly target: string;
  readonly stages: readonly StageResult[];
  readonly results: readonly CheckResult[];
  readonly exchanges: readonly SuiteExchange[];
  readonly skipped: readonly SkippedEntry[];
  readonly coverage: readonly CoverageReport[];
  readonly files: ConformanceReport["files"];
}

export function buildReport(input: ReportInput): ConformanceReport {
  const validated = input.exchanges.filter((e) => e.outcome === "validated");
  const violations = validated
    .filter((e) => !e.expected)
    .flatMap((e) => e.violations.map((v) => ({ ...v, test: e.test })));
  const count = (status: CheckResult["status"]) =>
    input.results.filter((r) => r.status === status).length;
  const tests = { passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
  const stagesOk = input.stages.every((s) => s.status !== "failed");
  return {
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    target: input.target,
    ok: stagesOk && violations.length === 0 && tests.failed === 0 && tests.passed > 0,
    stages: input.stages,
    tests,
    exchanges: {
      validated: validated.length,
      expected: validated.filter((e) => e.expected).length,
      unmatched: input.exchanges.filter((e) => e.outcome === "unmatched").length,
    },
    violations,
    expectedViolations: validated
      .filter((e) => e.expected)
      .reduce((n, e) => n + e.violations.length, 0),
    skipped: input.skipped,
    coverage: mergeCoverage(input.coverage),
    files: input.files,
  };
}
