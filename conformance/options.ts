/**
 * Options of `runConformance` and the CLI, defined once with their defaults and normalised once.
 */
import path from "node:path";

export interface ConformanceOptions {
  /**
   * Base URL of a server that implements the two Get Operation APIs, e.g. another package's own
   * `https://maps.example.com`. Its answers are validated; if it also speaks the emulator control
   * API (`GET /_emulator`), the timelines and faults run on it too. Default: the real service when
   * credentials are in the environment (see README), else a local emulator started for the run.
   */
  readonly endpoint?: string;
  /** Where junit.xml and report.json go. Default `reports/conformance` (from the working directory). */
  readonly reportDir?: string;
  /** Progress lines (one per stage). Default: none. */
  readonly log?: (line: string) => void;
  /** Show jest's own output while the suite runs. Default `false` (it is in junit.xml). */
  readonly showJestOutput?: boolean;
  /** Environment read for the real-service variables. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface NormalisedConformanceOptions {
  readonly endpoint: string | undefined;
  readonly reportDir: string;
  readonly log: (line: string) => void;
  readonly showJestOutput: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_REPORT_DIR = path.join("reports", "conformance");

export class ConformanceOptionError extends Error {
  override readonly name = "ConformanceOptionError";
  constructor(
    readonly option: string,
    readonly expected: string,
  ) {
    super(`${option} must be ${expected}`);
  }
}

export function normaliseConformanceOptions(
  options: ConformanceOptions = {},
): NormalisedConformanceOptions {
  const endpoint = options.endpoint?.trim();
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    throw new ConformanceOptionError(
      "endpoint",
      "an absolute http(s) URL, e.g. https://maps.example.com",
    );
  }
  if (options.reportDir !== undefined && options.reportDir.trim() === "") {
    throw new ConformanceOptionError("reportDir", "a directory path");
  }
  return {
    endpoint: endpoint?.replace(/\/+$/, ""),
    reportDir: path.resolve(options.reportDir ?? DEFAULT_REPORT_DIR),
    log: options.log ?? (() => undefined),
    showJestOutput: options.showJestOutput ?? false,
    env: options.env ?? process.env,
  };
}

export function isHttpUrl(value: string): boolean {
  const parsed = URL.parse(value);
  return parsed !== null && /^https?:$/.test(parsed.protocol) && parsed.hostname !== "";
}
