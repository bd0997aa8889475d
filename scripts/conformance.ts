/**
 * `npm run conformance [-- --endpoint URL] [-- --report-dir DIR]`: the repository's main job. Two
 * stages only a checkout can run (the spec checks and check:generated), then the contract check
 * the conformance package runs from an install (runConformance), in one report. Prints the
 * summary table, writes the reports. Exit 0 when everything conforms, 1 on any failure or
 * violation, 2 on bad arguments.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { Command, CommanderError } from "commander";
import type { StageResult } from "maps-operations-conformance";

/** The default of --report-dir, as the conformance package's DEFAULT_REPORT_DIR. */
const DEFAULT_REPORT_DIR = path.join("reports", "conformance");

const ROOT = path.resolve(__dirname, "..");
const USAGE = "npm run conformance -- [--endpoint URL] [--report-dir DIR]";

/** Where the usage messages go: the process's streams, or a test's buffers. */
export interface UsageIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: UsageIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export async function main(argv: readonly string[], io: UsageIo = processIo): Promise<number> {
  const program = new Command("conformance")
    .description(
      "Contract check: spec checks, check:generated, samples, mutation self-test, live calls, timelines, faults, recordings, reports.",
    )
    .option(
      "--endpoint <url>",
      "check this server instead of a local emulator or the real service, e.g. https://maps.example.com",
    )
    .option("--report-dir <dir>", "where junit.xml and report.json go", DEFAULT_REPORT_DIR)
    // Checked below, to name the argument (commander only counts them).
    .allowExcessArguments(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (message, write) => write(`${message.trimEnd()}\nusage: ${USAGE}\n`),
    });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.help" ? 0 : 2;
    }
    throw error;
  }
  if (program.args.length > 0) {
    io.err(`error: unexpected argument '${program.args[0]}'\nusage: ${USAGE}\n`);
    return 2;
  }
  const options = program.opts<{ endpoint?: string; reportDir: string }>();
  // Loaded once the arguments are good: the checks' tools take seconds to load.
  const { isHttpUrl, renderConsole, runConformance } = await import("maps-operations-conformance");
  if (options.endpoint !== undefined && !isHttpUrl(options.endpoint)) {
    // Named with the accepted form; the value is not repeated (a URL may carry a key).
    io.err(
      `error: --endpoint must be an absolute http(s) URL with no user info, e.g. https://maps.example.com\nusage: ${USAGE}\n`,
    );
    return 2;
  }
  const log = (line: string) => console.log(line);
  const extraStages: StageResult[] = [];
  for (const [name, run] of [
    ["spec checks", specChecksStage],
    ["check:generated", checkGeneratedStage],
  ] as const) {
    log(`conformance: ${name}...`);
    const result = await run().catch((error: unknown): StageResult => ({
      name,
      status: "failed",
      summary: "could not run",
      details: [String((error as Error)?.message ?? error)],
    }));
    log(`conformance: ${name}: ${result.status} (${result.summary})`);
    extraStages.push(result);
  }
  const report = await runConformance({
    endpoint: options.endpoint,
    reportDir: options.reportDir,
    extraStages,
    log,
  });
  process.stdout.write(`\n${renderConsole(report)}`);
  return report.ok ? 0 : 1;
}

async function specChecksStage(): Promise<StageResult> {
  const { findSpecFiles, runSpecChecks } = await import("./spec-checks/index.js");
  const files = findSpecFiles(path.join(ROOT, "specs"));
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
  const run = await spawnNode([path.join(ROOT, "scripts/check-generated.mjs")]);
  const lines = `${run.stdout}\n${run.stderr}`.split("\n").filter((l) => l.trim() !== "");
  return {
    name: "check:generated",
    status: run.code === 0 ? "passed" : "failed",
    summary: run.code === 0 ? "generated/ is up to date" : "generated/ is stale",
    details: run.code === 0 ? [] : lines.slice(0, 40),
  };
}

function spawnNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// Run as `npm run conformance` (tsx); imported by its tests, it only exports main.
if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`conformance: ${(error as Error)?.message ?? String(error)}`);
      process.exit(2);
    },
  );
}
