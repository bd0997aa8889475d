/**
 * Options of `runConformance` and the CLI's `conformance` command, defined once with their
 * defaults and normalised once.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { BUNDLED_RECORDINGS_DIR, BUNDLED_SPEC_PATHS } from "./packageFiles.js";
import type { StageResult } from "./report/types.js";
import { NULLS_POLICIES, type NullsPolicy } from "./validator/options.js";

export interface ConformanceOptions {
  /**
   * Base URL of a server that implements the Get Operation APIs, e.g. your own
   * `https://maps.example.com` or an emulator's `http://127.0.0.1:4010`. Its answers are
   * validated; if it also speaks the emulator control API (`GET /_emulator`), the timelines and
   * faults run on it too. Default: the real service when credentials are in `env` (see the
   * README), else a local emulator started for the run.
   */
  readonly endpoint?: string;
  /**
   * Swagger 2.0 files to check against (JSON or YAML). Default: the Azure Maps specs this package
   * ships. With other specs, the checks that only make sense for these (emulator timelines and
   * faults, the bundled recordings) are skipped.
   */
  readonly specs?: readonly string[];
  /**
   * Recording files (or folders of them) to check, with no network: nock definitions, or this
   * package's recording format. Default: the bundled recordings when the specs are the bundled
   * ones, else none.
   */
  readonly recordings?: readonly string[];
  /** Where junit.xml and report.json go. Default `reports/conformance` (from the working directory). */
  readonly reportDir?: string;
  /** Progress lines (one per group of checks). Default: none. */
  readonly log?: (line: string) => void;
  /** Environment read for the real-service variables (`MAPS_*`). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stages the caller ran itself (say, its own spec lint): reported with the checks. Default none. */
  readonly extraStages?: readonly StageResult[];
  /**
   * Where `null` is accepted: `"declared"` (default), only where `x-nullable: true`; `"oav"`, also
   * an optional property, an array item or a map value, as oav reads specs (see the validator's
   * `nulls` option).
   */
  readonly nulls?: NullsPolicy;
  /**
   * Stops the run (the CLI passes Ctrl-C and SIGTERM): the check under way ends within its own
   * bounds, the checks after it are reported as skipped ("interrupted"), and the report is
   * written. Default: none.
   */
  readonly signal?: AbortSignal;
}

export interface NormalisedConformanceOptions {
  readonly endpoint: string | undefined;
  readonly specs: readonly string[];
  readonly bundledSpecs: boolean;
  readonly recordings: readonly string[];
  readonly reportDir: string;
  readonly log: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly extraStages: readonly StageResult[];
  readonly nulls: NullsPolicy;
  readonly signal: AbortSignal | undefined;
}

export const DEFAULT_REPORT_DIR = path.join("reports", "conformance");

/** A refused option: `option` names it, `expected` says what is accepted. */
export class ConformanceOptionError extends Error {
  override readonly name = "ConformanceOptionError";
  readonly code = "InvalidArgument";
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
  if (typeof options !== "object" || options === null) {
    throw new ConformanceOptionError("options", "an object or undefined");
  }
  const endpoint =
    typeof options.endpoint === "string" ? options.endpoint.trim() : options.endpoint;
  if (endpoint !== undefined && (typeof endpoint !== "string" || !isHttpUrl(endpoint))) {
    throw new ConformanceOptionError(
      "endpoint",
      "an absolute http(s) URL with no user info, e.g. https://maps.example.com",
    );
  }
  if (
    options.reportDir !== undefined &&
    (typeof options.reportDir !== "string" || options.reportDir.trim() === "")
  ) {
    throw new ConformanceOptionError("reportDir", "a directory path");
  }
  const specs =
    options.specs === undefined ? BUNDLED_SPEC_PATHS : files("specs", options.specs, false);
  const bundledSpecs = options.specs === undefined;
  const recordings =
    options.recordings === undefined
      ? bundledSpecs
        ? jsonFilesIn(BUNDLED_RECORDINGS_DIR)
        : []
      : files("recordings", options.recordings, true);
  if (options.nulls !== undefined && !NULLS_POLICIES.includes(options.nulls)) {
    throw new ConformanceOptionError("nulls", NULLS_POLICIES.map((p) => `"${p}"`).join(" or "));
  }
  if (
    options.signal !== undefined &&
    typeof (options.signal as { aborted?: unknown } | null)?.aborted !== "boolean"
  ) {
    throw new ConformanceOptionError("signal", "an AbortSignal");
  }
  for (const name of ["log"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") {
      throw new ConformanceOptionError(name, "a function");
    }
  }
  return {
    endpoint: endpoint?.replace(/\/+$/, ""),
    specs,
    bundledSpecs,
    recordings,
    reportDir: path.resolve(options.reportDir ?? DEFAULT_REPORT_DIR),
    log: options.log ?? (() => undefined),
    env: options.env ?? process.env,
    extraStages: options.extraStages ?? [],
    nulls: options.nulls ?? "declared",
    signal: options.signal,
  };
}

/** Absolute http(s) URL without user info: a URL with a password is refused, never echoed. */
export function isHttpUrl(value: string): boolean {
  const parsed = URL.parse(value);
  return (
    parsed !== null &&
    /^https?:$/.test(parsed.protocol) &&
    parsed.hostname !== "" &&
    parsed.username === "" &&
    parsed.password === ""
  );
}

function files(option: string, given: unknown, folders: boolean): string[] {
  const expected = folders
    ? "a list of existing files or folders"
    : "a non-empty list of existing files";
  if (!Array.isArray(given) || (!folders && given.length === 0)) {
    throw new ConformanceOptionError(option, expected);
  }
  return given.flatMap((entry: unknown, index) => {
    if (typeof entry !== "string" || entry.trim() === "") {
      throw new ConformanceOptionError(`${option}[${index}]`, expected);
    }
    const resolved = path.resolve(entry);
    if (!existsSync(resolved)) {
      throw new ConformanceOptionError(
        `${option}[${index}]`,
        `an existing ${folders ? "file or folder" : "file"} (${entry} does not exist)`,
      );
    }
    if (statSync(resolved).isDirectory()) {
      if (!folders)
        throw new ConformanceOptionError(`${option}[${index}]`, `a file (${entry} is a folder)`);
      return jsonFilesIn(resolved);
    }
    return [resolved];
  });
}

function jsonFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}
