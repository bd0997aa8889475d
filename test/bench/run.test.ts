import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const ROOT = resolve(__dirname, "..", "..");

interface Report {
  machine: { quick: boolean; rounds: number; node: string };
  sections: Array<{ id: string; title: string; columns: string[]; rows: string[][] }>;
}

// Smoke test: runs the real benchmark with tiny counts and checks the report's shape, never its
// numbers (timings on a shared machine are noise; figures belong in `npm run bench`).
describe("npm run bench -- --quick", () => {
  let dir: string;
  let report: Report;
  let markdown: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
    await promisify(execFile)(
      process.execPath,
      [require.resolve("tsx/cli"), "bench/run.ts", "--quick", "--out", dir],
      { cwd: ROOT, timeout: 180_000 },
    );
    report = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as Report;
    markdown = readFileSync(join(dir, "results.md"), "utf8");
  }, 200_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every section, in order", () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      "status-get",
      "validation",
      "wait",
      "generate",
      "emulator-load",
      "cold-start",
    ]);
    expect(report.machine).toMatchObject({ quick: true, rounds: 2, node: process.version });
  });

  it("gives every row one cell per column", () => {
    for (const s of report.sections) {
      expect(s.rows.length).toBeGreaterThan(0);
      for (const row of s.rows) expect(row).toHaveLength(s.columns.length);
    }
  });

  it("compares the three clients sequentially and at 32 concurrent requests, as ratios", () => {
    const rows = report.sections.find((s) => s.id === "status-get")!.rows;
    const clients = rows.map((r) => `${r[0]} / ${r[1]}`);
    for (const mode of ["sequential", "32 concurrent"]) {
      for (const client of [
        "raw node:http (keep-alive)",
        "bare core-client getClient",
        "this package's client",
      ]) {
        expect(clients).toContain(`${mode} / ${client}`);
      }
    }
    // The baseline against itself is exactly 1 in every round.
    const raw = rows.find((r) => r[1] === "raw node:http (keep-alive)")!;
    expect(raw[2]).toBe("1.00x (1.00–1.00)");
    for (const r of rows) expect(r[3]).toMatch(/^\d+\.\d\dx \(\d+\.\d\d–\d+\.\d\d\)$/);
  });

  it("measures one validator per response schema", () => {
    const rows = report.sections.find((s) => s.id === "validation")!.rows;
    expect(rows.map((r) => r[0])).toEqual([
      "Dataset 200 LongRunningOperationResult",
      "Dataset default ErrorResponse",
      "Data Registry 200 LongRunningOperationResult",
      "Data Registry default MapsErrorResponse",
    ]);
  });

  it("reports the waiting helper's polls beside the minimum the server allows", () => {
    const rows = report.sections.find((s) => s.id === "wait")!.rows;
    expect(rows).toHaveLength(2);
    // Regression (flaky under load): how many polls fit in the time is a measurement, so the
    // bench reports it; the test checks the cells are numbers, never their values.
    for (const r of rows) {
      expect(Number.isFinite(Number(r[1]!.split(" ")[0]))).toBe(true);
      expect(Number.isFinite(Number(r[2]))).toBe(true);
    }
  });

  it("renders the same sections as Markdown tables", () => {
    for (const s of report.sections) {
      expect(markdown).toContain(`## ${s.title}`);
      expect(markdown).toContain(`| ${s.columns.join(" | ")} |`);
    }
    expect(markdown).toContain("quick smoke run: numbers are not meaningful");
  });
});
