import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildReport,
  coverageLines,
  mergeCoverage,
  readSuiteRecords,
  renderConsole,
  renderJson,
  writeSuiteRecords,
  type SuiteExchange,
  type SuiteRecordFile,
} from "../../../conformance/report/index.js";
import type { CoverageReport } from "../../../conformance/validator/index.js";

const coverage = (n: number, enumValue: number): CoverageReport => ({
  operations: {
    Op: {
      responses: {
        "200": { statuses: { "200": n }, checked: n, passed: n, headers: { "Retry-After": n } },
      },
      undeclaredStatuses: {},
    },
  },
  enums: {
    "a.json#/definitions/S": {
      extensible: true,
      values: { Running: enumValue, Done: 0 },
      unknownValues: {},
    },
  },
  optionalProperties: { "a.json#/definitions/R": { error: 0 } },
});

const violation = {
  operation: "Op",
  status: 200,
  location: "body" as const,
  pointer: "/id",
  keyword: "type",
  message: "must be string",
  code: "INVALID_TYPE" as const,
  method: "GET",
  url: "http://h/p?api-version=1",
};
const exchange = (expected: boolean, violations = [violation]): SuiteExchange => ({
  method: "GET",
  url: violation.url,
  operation: "Op",
  status: 200,
  outcome: "validated",
  violations,
  test: expected ? "fault" : "live",
  expected,
});
const stage = {
  name: "contract suite",
  status: "passed" as const,
  summary: "1 passed",
  details: [],
};
const base = {
  startedAt: new Date(0),
  finishedAt: new Date(1000),
  target: "emulator a local emulator (auth: subscriptionKey)",
  stages: [stage],
  tests: { passed: 1, failed: 0, skipped: 1 },
  files: { junit: "r/junit.xml", json: "r/report.json" },
};

describe("mergeCoverage", () => {
  test("sums every count", () => {
    const merged = mergeCoverage([coverage(1, 1), coverage(2, 0)]);
    expect(merged.operations.Op?.responses["200"]).toEqual({
      statuses: { "200": 3 },
      checked: 3,
      passed: 3,
      headers: { "Retry-After": 3 },
    });
    expect(merged.enums["a.json#/definitions/S"]?.values).toEqual({ Running: 1, Done: 0 });
  });

  test("coverageLines split seen from never seen", () => {
    expect(
      coverageLines(coverage(1, 1)).map((l) => [l.operation, l.category, l.seen, l.unseen]),
    ).toEqual([
      ["Op", "statuses", ["200"], []],
      ["Op", "headers", ["200 Retry-After"], []],
      ["a.json", "enum values", ["Running"], ["Done"]],
      ["a.json", "optional properties", [], ["R.error"]],
    ]);
  });
});

describe("buildReport", () => {
  test.each([
    [
      "no violation: ok",
      { given: [exchange(false, [])], want: { ok: true, violations: 0, expected: 0 } },
    ],
    [
      "an expected violation (fault self-test): still ok",
      { given: [exchange(true)], want: { ok: true, violations: 0, expected: 1 } },
    ],
    [
      "an unexpected violation: not ok",
      { given: [exchange(false)], want: { ok: false, violations: 1, expected: 0 } },
    ],
  ])("%s", (_name, { given, want }) => {
    const records: SuiteRecordFile[] = [
      { file: "f", exchanges: given, skipped: [], coverage: [coverage(1, 1)] },
    ];
    const report = buildReport({ ...base, records });
    expect({
      ok: report.ok,
      violations: report.violations.length,
      expected: report.expectedViolations,
    }).toEqual(want);
  });

  test("a failed stage or test is not ok", () => {
    const records: SuiteRecordFile[] = [];
    expect(buildReport({ ...base, records, stages: [{ ...stage, status: "failed" }] }).ok).toBe(
      false,
    );
    expect(buildReport({ ...base, records, tests: { passed: 0, failed: 1, skipped: 0 } }).ok).toBe(
      false,
    );
  });
});

describe("reporters render the same records", () => {
  const records: SuiteRecordFile[] = [
    {
      file: "f",
      exchanges: [exchange(false)],
      skipped: [{ name: "real service", reason: "no key" }],
      coverage: [coverage(1, 1)],
    },
  ];
  const report = buildReport({ ...base, records });

  test("console: stages, the violation with its request, the skip, coverage, verdict", () => {
    const text = renderConsole(report);
    expect(text).toContain("contract suite  PASSED  1 passed");
    expect(text).toMatch(
      /Op\s+200\s+body \/id\s+INVALID_TYPE\s+must be string\s+GET http:\/\/h\/p\?api-version=1/,
    );
    expect(text).toContain("skipped: real service: no key");
    expect(text).toMatch(/a\.json\s+enum values\s+1\/2\s+never seen: Done/);
    expect(text.trimEnd().split("\n").pop()).toBe("conformance: FAILED");
  });

  test("JSON: the report itself", () => {
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  test("suite records round-trip through the report directory", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conformance-records-"));
    writeSuiteRecords(dir, records[0]!);
    expect(readSuiteRecords(dir)).toEqual(records);
    expect(readSuiteRecords(path.join(dir, "missing"))).toEqual([]);
  });
});
