/** Assembles the report from the stages, jest's results and the suite's record files. */
import { mergeCoverage } from "./coverage.js";
import type { ConformanceReport, StageResult, SuiteRecordFile } from "./types.js";

export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export interface ReportInput {
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly target: string;
  readonly stages: readonly StageResult[];
  readonly tests: TestCounts;
  readonly records: readonly SuiteRecordFile[];
  readonly files: ConformanceReport["files"];
}

export function buildReport(input: ReportInput): ConformanceReport {
  const exchanges = input.records.flatMap((r) => r.exchanges);
  const validated = exchanges.filter((e) => e.outcome === "validated");
  const violations = validated
    .filter((e) => !e.expected)
    .flatMap((e) => e.violations.map((v) => ({ ...v, test: e.test })));
  const stagesOk = input.stages.every((s) => s.status !== "failed");
  return {
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    target: input.target,
    ok: stagesOk && violations.length === 0 && input.tests.failed === 0,
    stages: input.stages,
    tests: input.tests,
    exchanges: {
      validated: validated.length,
      expected: validated.filter((e) => e.expected).length,
      unmatched: exchanges.filter((e) => e.outcome === "unmatched").length,
    },
    violations,
    expectedViolations: validated
      .filter((e) => e.expected)
      .reduce((n, e) => n + e.violations.length, 0),
    skipped: input.records.flatMap((r) => r.skipped),
    coverage: mergeCoverage(input.records.flatMap((r) => r.coverage)),
    files: input.files,
  };
}
