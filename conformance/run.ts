/**
 * `runConformance`: the one-command contract check. Spec checks and check:generated run here;
 * the contract suite (samples, mutation self-test, live calls, timelines, faults, replays) runs as
 * its own jest project, which writes JUnit and its records into the report directory; then the
 * records are merged into report.json. Resolves with the report; never throws for a finding.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { authSecrets } from "./live/clients.js";
import { redactText } from "./live/redact.js";
import { describeTarget, resolveTarget } from "./live/target.js";
import {
  normaliseConformanceOptions,
  type ConformanceOptions,
  type NormalisedConformanceOptions,
} from "./options.js";
import { buildReport, type TestCounts } from "./report/build.js";
import { renderJson } from "./report/json.js";
import { readSuiteRecords, RECORDS_DIR } from "./report/records.js";
import type { ConformanceReport, StageResult } from "./report/types.js";
import { findSpecFiles, runSpecChecks } from "./spec-checks/index.js";

const ROOT = path.resolve(__dirname, "..");

export async function runConformance(options?: ConformanceOptions): Promise<ConformanceReport> {
  const normalised = normaliseConformanceOptions(options);
  const { reportDir, log } = normalised;
  const env = {
    ...normalised.env,
    ...(normalised.endpoint === undefined ? {} : { CONFORMANCE_ENDPOINT: normalised.endpoint }),
  };
  const target = resolveTarget(env);
  const secrets = authSecrets(target.auth);
  const startedAt = new Date();
  rmSync(path.join(reportDir, RECORDS_DIR), { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });

  log(`conformance: target ${describeTarget(target)}`);
  const stages: StageResult[] = [];
  const stage = async (name: string, run: () => Promise<StageResult>) => {
    log(`conformance: ${name}...`);
    const result = await run().catch((error: unknown): StageResult => ({
      name,
      status: "failed",
      summary: "could not run",
      details: [String((error as Error)?.message ?? error)],
    }));
    stages.push(result);
    log(`conformance: ${name}: ${result.status} (${result.summary})`);
  };
  await stage("spec checks", specChecksStage);
  await stage("check:generated", checkGeneratedStage);
  let tests: TestCounts = { passed: 0, failed: 0, skipped: 0 };
  await stage("contract suite", async () => {
    const suite = await suiteStage(normalised, env);
    tests = suite.tests;
    return suite.stage;
  });

  const report = buildReport({
    startedAt,
    finishedAt: new Date(),
    target: describeTarget(target),
    stages,
    tests,
    records: readSuiteRecords(reportDir),
    files: {
      junit: path.join(reportDir, "junit.xml"),
      json: path.join(reportDir, "report.json"),
    },
  });
  // Last line of defence: no configured secret leaves in a report, whatever a message echoed.
  const clean = JSON.parse(redactText(JSON.stringify(report), secrets)) as ConformanceReport;
  writeFileSync(clean.files.json, redactText(renderJson(clean), secrets));
  return clean;
}

async function specChecksStage(): Promise<StageResult> {
  const files = findSpecFiles();
  const runs = await runSpecChecks(files);
  const failed = runs.filter((r) => r.findings.length > 0);
  return {
    name: "spec checks",
    status: failed.length === 0 && files.length > 0 ? "passed" : "failed",
    summary: `${runs.length - failed.length} passed, ${failed.length} failed (${files.length} specs)`,
    details: failed.flatMap((r) =>
      r.findings.map((f) => `${f.check} ${f.file}#${f.pointer} [${f.code}] ${f.message}`),
    ),
  };
}

async function checkGeneratedStage(): Promise<StageResult> {
  const run = await spawnNode([path.join(ROOT, "scripts/check-generated.mjs")], {}, false);
  const lines = `${run.stdout}\n${run.stderr}`.split("\n").filter((l) => l.trim() !== "");
  return {
    name: "check:generated",
    status: run.code === 0 ? "passed" : "failed",
    summary: run.code === 0 ? "generated/ is up to date" : "generated/ is stale",
    details: run.code === 0 ? [] : lines.slice(0, 40),
  };
}

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  numRuntimeErrorTestSuites: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
  }[];
}

async function suiteStage(
  options: NormalisedConformanceOptions,
  env: Record<string, string | undefined>,
): Promise<{ stage: StageResult; tests: TestCounts }> {
  const resultsFile = path.join(options.reportDir, "jest-results.json");
  rmSync(resultsFile, { force: true });
  const run = await spawnNode(
    [
      path.join(ROOT, "node_modules/jest/bin/jest.js"),
      "-c",
      path.join(ROOT, "conformance/jest.config.js"),
      "--json",
      `--outputFile=${resultsFile}`,
    ],
    { ...env, CONFORMANCE_REPORT_DIR: options.reportDir },
    options.showJestOutput,
  );
  let results: JestResults;
  try {
    results = JSON.parse(readFileSync(resultsFile, "utf8")) as JestResults;
  } catch {
    const tail = run.stderr
      .split("\n")
      .filter((l) => l.trim() !== "")
      .slice(-20);
    throw new Error(`jest exited ${run.code} without results: ${tail.join(" | ")}`);
  }
  const tests = {
    passed: results.numPassedTests,
    failed: results.numFailedTests,
    skipped: results.numPendingTests + (results.numTodoTests ?? 0),
  };
  const details = results.testResults.flatMap((file) => [
    ...(file.assertionResults.length === 0 && file.message
      ? [`${path.relative(ROOT, file.name)} did not run: ${firstLine(file.message)}`]
      : []),
    ...file.assertionResults
      .filter((a) => a.status === "failed")
      .map((a) => `${a.fullName}: ${firstLine(a.failureMessages.join("\n"))}`),
  ]);
  const failed = run.code !== 0 || tests.failed > 0 || results.numRuntimeErrorTestSuites > 0;
  return {
    tests,
    stage: {
      name: "contract suite",
      status: failed ? "failed" : "passed",
      summary: `${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`,
      details,
    },
  };
}

function firstLine(text: string): string {
  // jest messages are coloured and multi-line; the first meaningful line names the failure.
  const plain = text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");
  return (
    plain
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? ""
  );
}

function spawnNode(
  args: string[],
  env: Record<string, string | undefined>,
  show: boolean,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (show) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (show) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
