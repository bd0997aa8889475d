import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

interface Report {
  machine: { quick: boolean; rounds: number; node: string; sections: string[] };
  goals: { total: number; met: number; missed: string[] };
  sections: Array<{
    id: string;
    title: string;
    columns: string[];
    rows: string[][];
    goals: Array<{ id: string; target: string; measured: number; met: boolean }>;
  }>;
}

interface Run {
  code: number | null;
  stderr: string;
}

/** `tsx bench/run.ts <args>`, with `env` added; resolves with the exit code whatever it is. */
function bench(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [require.resolve("tsx/cli"), "bench/run.ts", ...args],
      { cwd: ROOT, timeout: 120_000, env: { ...process.env, ...env } },
      (error, _stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
    );
  });
}

// Smoke tests: the real benchmark with tiny counts, on its cheap sections, checking the report's
// shape and the command line, never numbers (timings on a shared machine are noise; figures
// belong in `npm run bench`). Goal evaluation, argument parsing and the output path are tested
// as functions in args.test.ts and goals.test.ts. The costly sections (validation's oav, the
// emulator under autocannon, generate, cold start) are left to `npm run bench -- --quick`.
describe("npm run bench -- --quick --only status-get,wait --check", () => {
  let dir: string;
  let run: Run;
  let badArgs: Run;
  let report: Report;
  let markdown: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
    [run, badArgs] = await Promise.all([
      // One goal made impossible and the others unmissable (test-only variable; quick numbers
      // are noise), so that --check must fail on exactly that goal.
      bench(["--quick", "--only", "status-get,wait", "--check", "--out", join(dir, "out")], {
        BENCH_TEST_GOAL_LIMITS: JSON.stringify({
          "status-get/client-sequential": 1e9,
          "status-get/validating-sequential": 1e9,
          "status-get/client-32-concurrent": 1e9,
          "status-get/validating-32-concurrent": 1e9,
          "wait/data-registry-polls": 1e9,
          "wait/dataset-polls": -1,
        }),
      }),
      bench(["--quick", "--out", join(dir, "never"), "--only", "wait,nope"]),
    ]);
    report = JSON.parse(readFileSync(join(dir, "out", "results.json"), "utf8")) as Report;
    markdown = readFileSync(join(dir, "out", "results.md"), "utf8");
  }, 150_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 with --check when a goal is missed, after writing the report", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "bench: goal missed: [wait] Dataset timeline (interval): polls / minimum the spacing allows:",
    );
    expect(run.stderr).toMatch(/target ≤ -1\.0x\n/);
    expect(run.stderr).toContain("bench: --check: 1 goal(s) missed");
    expect(report.goals).toEqual({ total: 6, met: 5, missed: ["wait/dataset-polls"] });
  });

  it("refuses a bad argument with exit 2, naming it and the accepted form, before running", () => {
    expect(badArgs.code).toBe(2);
    expect(badArgs.stderr).toMatch(
      /^bench: --only: unknown section 'nope'; expected --only ID\[,ID\.\.\.\] with ids from: /,
    );
    expect(badArgs.stderr).toContain("Usage: npm run bench");
    expect(badArgs.stderr).not.toContain("waiting...");
    expect(existsSync(join(dir, "never"))).toBe(false);
  });

  it("writes only the sections --only names, in order, each with its goals", () => {
    expect(report.sections.map((s) => s.id)).toEqual(["status-get", "wait"]);
    expect(report.machine).toMatchObject({
      quick: true,
      rounds: 2,
      node: process.version,
      sections: ["status-get", "wait"],
    });
    expect(report.sections.map((s) => s.goals.length)).toEqual([4, 2]);
    expect(report.goals.total).toBe(6);
    for (const g of report.sections.flatMap((s) => s.goals)) {
      expect(g).toEqual(
        expect.objectContaining({
          target: expect.stringMatching(/^[≤≥] /),
          met: expect.any(Boolean),
        }),
      );
    }
  });

  it("gives every row one cell per column", () => {
    for (const s of report.sections) {
      expect(s.rows.length).toBeGreaterThan(0);
      for (const row of s.rows) expect(row).toHaveLength(s.columns.length);
    }
  });

  it("compares the clients sequentially and at 32 concurrent requests, as ratios", () => {
    const rows = report.sections.find((s) => s.id === "status-get")!.rows;
    const clients = rows.map((r) => `${r[0]} / ${r[1]}`);
    for (const mode of ["sequential", "32 concurrent"]) {
      for (const client of [
        "raw node:http (keep-alive)",
        "bare core-client getClient",
        "this package's client",
        "this package's client + validating policy",
      ]) {
        expect(clients).toContain(`${mode} / ${client}`);
      }
    }
    // The baseline against itself is exactly 1 in every round.
    const raw = rows.find((r) => r[1] === "raw node:http (keep-alive)")!;
    expect(raw[2]).toBe("1.00x (1.00–1.00)");
    for (const r of rows) expect(r[3]).toMatch(/^\d+\.\d\dx \(\d+\.\d\d–\d+\.\d\d\)$/);
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

  it("renders the Goals table first, then the same sections as Markdown tables", () => {
    expect(markdown.indexOf("## Goals")).toBeGreaterThan(0);
    for (const s of report.sections) {
      expect(markdown.indexOf(`## ${s.title}`)).toBeGreaterThan(markdown.indexOf("## Goals"));
      expect(markdown).toContain(`| ${s.columns.join(" | ")} |`);
    }
    expect(markdown).toContain("| wait | Dataset timeline (interval)");
    expect(markdown).toContain("**missed**");
    expect(markdown).toContain("quick smoke run: numbers are not meaningful");
  });
});
