import { renderConsole, runConformance } from "maps-operations-conformance";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { terminalSafeLines } from "../render/terminal-safe.js";
import { UsageError } from "../usage-error.js";

/** The command line's spelling of runConformance's options, for its refusals. */
const FLAGS: Readonly<Record<string, string>> = {
  endpoint: "--endpoint",
  reportDir: "--report-dir",
  specs: "--spec",
  recordings: "--recording",
  nulls: "--nulls",
};

export interface ConformanceCliOptions {
  readonly endpoint: string | undefined;
  readonly reportDir: string | undefined;
  readonly specs: readonly string[] | undefined;
  readonly recordings: readonly string[] | undefined;
  readonly nulls?: "declared" | "oav" | undefined;
}

/**
 * `conformance`: the contract check (maps-operations-conformance's `runConformance`) on the
 * emulator, an endpoint, the real service, recordings or other specs. Exit 0 when everything
 * conforms, 1 on any failed check or unexpected violation.
 */
export async function conformanceCommand(
  options: ConformanceCliOptions,
  io: CliIo,
): Promise<number> {
  const report = await runConformance({
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.reportDir === undefined ? {} : { reportDir: options.reportDir }),
    ...(options.specs === undefined ? {} : { specs: options.specs }),
    ...(options.recordings === undefined ? {} : { recordings: options.recordings }),
    ...(options.nulls === undefined ? {} : { nulls: options.nulls }),
    env: io.env,
    // Progress and report quote the server checked (statuses, messages, headers).
    log: (line) => io.out(`${terminalSafeLines(line)}\n`),
    // Ctrl-C or SIGTERM (CI cancellation): the check under way ends, the rest is skipped, and
    // the report is still written.
    signal: io.interrupt,
  }).catch((error: unknown) => {
    throw asUsageError(error);
  });
  io.out(`\n${terminalSafeLines(renderConsole(report))}`);
  if (io.interrupt.aborted) return EXIT.interrupted;
  return report.ok ? EXIT.ok : EXIT.operationFailed;
}

/** Refused options and environment variables are usage errors (exit 2): nothing was checked. */
function asUsageError(error: unknown): unknown {
  const { name, option, variable, expected } = (error ?? {}) as Record<string, unknown>;
  if (name === "ConformanceOptionError" && typeof option === "string") {
    const flag = FLAGS[option.replace(/\[\d+\]$/, "")] ?? option;
    return new UsageError(`${flag} must be ${String(expected)}`);
  }
  if (name === "LiveTargetError" && typeof variable === "string") {
    return new UsageError(`${variable} must be ${String(expected)}`);
  }
  return error;
}
