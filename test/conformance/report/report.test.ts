import type { CheckResult } from "../../../conformance/checks/runner.js";
import {
  buildReport,
  coverageLines,
  mergeCoverage,
  renderConsole,
  renderJson,
  renderJUnit,
  type SuiteExchange,
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
  name: "live",
  status: "passed" as const,
  summary: "1 passed",
  details: [],
};
const base = {
  startedAt: new Date(0),
  finishedAt: new Date(1000),
  target: "emulator a local emulator (auth: subscriptionKey)",
  stages: [stage],
  results: [
    { group: "live", name: "polls", status: "passed", durationMs: 1 },
    { group: "live", name: "real service", status: "skipped", message: "no key", durationMs: 0 },
  ] as CheckResult[],
  exchanges: [] as SuiteExchange[],
  skipped: [],
  coverage: [coverage(1, 1)],
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
    const report = buildReport({ ...base, exchanges: given });
    expect({
      ok: report.ok,
      violations: report.violations.length,
      expected: report.expectedViolations,
    }).toEqual(want);
  });

  test("a failed stage or check is not ok, nor a run where nothing passed", () => {
    expect(buildReport({ ...base, stages: [{ ...stage, status: "failed" }] }).ok).toBe(false);
    const failed: CheckResult = { group: "live", name: "x", status: "failed", durationMs: 0 };
    expect(buildReport({ ...base, results: [...base.results, failed] }).ok).toBe(false);
    expect(buildReport({ ...base, results: base.results.slice(1) }).ok).toBe(false);
  });

  test("counts the checks", () => {
    expect(buildReport(base).tests).toEqual({ passed: 1, failed: 0, skipped: 1 });
  });
});

describe("reporters render the same records", () => {
  const report = buildReport({
    ...base,
    exchanges: [exchange(false)],
    skipped: [{ name: "real service", reason: "no key" }],
  });

  test("console: stages, the violation with its request, the skip, coverage, verdict", () => {
    const text = renderConsole(report);
    expect(text).toContain("live   PASSED  1 passed");
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
});

describe("renderJUnit", () => {
  const results: CheckResult[] = [
    { group: "samples", name: "a is valid", status: "passed", durationMs: 1.5 },
    {
      group: "live",
      name: 'polls "x" & <y>',
      status: "failed",
      message: "violations\n- INVALID_TYPE \u0000 \ud800",
      durationMs: 20,
    },
    { group: "live", name: "real service", status: "skipped", message: "no key", durationMs: 0 },
  ];
  const xml = renderJUnit({
    name: "conformance",
    timestamp: "1970-01-01T00:00:00.000Z",
    results,
    stages: [{ name: "spec checks", status: "passed", summary: "8 passed", details: [] }],
  });

  test("one suite per group and per stage, with counts", () => {
    expect(xml).toContain(
      '<testsuites name="conformance" tests="4" failures="1" errors="0" skipped="1"',
    );
    expect(xml).toMatch(/<testsuite name="live" tests="2" failures="1" errors="0" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="spec checks" tests="1" failures="0"/);
    expect(xml).toContain(
      '<testcase classname="conformance.samples" name="a is valid" time="0.002"/>',
    );
  });

  test("failures and skips carry their messages, escaped, with no character XML cannot hold", () => {
    expect(xml).toContain('name="polls &quot;x&quot; &amp; &lt;y&gt;"');
    expect(xml).toContain(
      '<failure message="violations" type="AssertionError">violations\n- INVALID_TYPE \ufffd \ufffd</failure>',
    );
    expect(xml).toContain('<skipped message="no key"/>');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\ud800-\udfff]/);
  });
});
