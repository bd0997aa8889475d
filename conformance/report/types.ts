/**
 * The conformance report: plain JSON data, rendered by the reporters (console table, JSON, JUnit). Never holds a secret: URLs are redacted where they are recorded.
 */
import type { LiveExchange, LiveViolation } from "../live/records.js";
import type { CoverageReport } from "../validator/index.js";

export type StageStatus = "passed" | "failed" | "skipped";

export interface StageResult {
  /** `specs`, `samples`, `self-test`, `live`, `timelines`, `faults`, `recordings`, or a caller's. */
  readonly name: string;
  readonly status: StageStatus;
  /** One line, e.g. `8 passed, 0 failed`. */
  readonly summary: string;
  /** Findings or failing tests, one per line. */
  readonly details: readonly string[];
}

export interface SkippedEntry {
  readonly name: string;
  readonly reason: string;
}

/** A recorded exchange, with the test it belongs to and whether violations were expected. */
export interface SuiteExchange extends LiveExchange {
  readonly test: string;
  /** True in self-tests (faults, recordings made to show a fault), whose violations are asserted. */
  readonly expected: boolean;
}

export interface ReportViolation extends LiveViolation {
  readonly test: string;
}

export interface ConformanceReport {
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Where the live calls went, e.g. `emulator a local emulator (auth: subscriptionKey)`. */
  readonly target: string;
  /** False on any failed stage or any unexpected violation; the CLI then exits 1. */
  readonly ok: boolean;
  readonly stages: readonly StageResult[];
  readonly tests: {
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
  };
  readonly exchanges: {
    /** Responses validated (live calls, timelines, faults, replays). */
    readonly validated: number;
    /** Of which in fault self-tests, where violations are expected. */
    readonly expected: number;
    readonly unmatched: number;
  };
  /** Violations nobody asked for: each one fails the run. */
  readonly violations: readonly ReportViolation[];
  /** Violations the fault self-tests provoked and asserted. */
  readonly expectedViolations: number;
  readonly skipped: readonly SkippedEntry[];
  readonly coverage: CoverageReport;
  readonly files: { readonly junit: string; readonly json: string };
}
