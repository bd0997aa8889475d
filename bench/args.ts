/**
 * The command line of `npm run bench`, parsed without side effects so that a bad argument stops
 * the run before anything is measured, and the output folder is a function of the arguments.
 */
import { join, resolve } from "node:path";
import { SECTION_IDS, SKIPPED_WHEN_QUICK, type SectionId } from "./sections.js";

/** The repository root. */
export const ROOT = resolve(__dirname, "..");

export interface BenchArgs {
  quick: boolean;
  check: boolean;
  writeResults: boolean;
  /** `--out DIR` as given (resolved against the working directory by `outputDir`). */
  out?: string;
  /** `--only`: the sections to run; undefined runs every section (minus the quick skips). */
  only?: SectionId[];
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]   (or: npx tsx bench/run.ts [options])

  --quick            tiny counts, skips ${SKIPPED_WHEN_QUICK.join(" and ")}; a smoke run, its numbers mean nothing
  --only ID[,ID...]  run only these sections (repeatable); ids: ${SECTION_IDS.join(", ")}
  --out DIR          write DIR/results.md and DIR/results.json (default: reports/bench/)
  --write-results    write the committed bench/results.md and bench/results.json instead
                     (a full run only: not with --quick, --only or --out)
  --check            exit 1 when a goal is missed (the report is written first)
  --help             this text
`;

/** A command-line mistake: the run stops with exit code 2 before measuring anything. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

function parseOnly(value: string, flag: string): SectionId[] {
  const ids = value.split(",").map((s) => s.trim());
  for (const id of ids) {
    if (!(SECTION_IDS as readonly string[]).includes(id)) {
      throw new UsageError(
        `${flag}: unknown section '${id}'; expected --only ID[,ID...] with ids from: ${SECTION_IDS.join(", ")}`,
      );
    }
  }
  return ids as SectionId[];
}

/** Parses `argv` (without node and the script); throws UsageError on anything it does not know. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, check: false, writeResults: false, help: false };
  const only: SectionId[] = [];
  let onlyGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    /** The flag's value: `--flag=value` or the next argument, which must not be another flag. */
    const value = (form: string): string => {
      if (inline !== undefined) {
        if (inline === "") throw new UsageError(`${name}: missing value; expected ${form}`);
        return inline;
      }
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--") || next === "") {
        throw new UsageError(`${name}: missing value; expected ${form}`);
      }
      i += 1;
      return next;
    };
    const noValue = (): void => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value (got '${arg}')`);
    };
    switch (name) {
      case "--quick":
        noValue();
        args.quick = true;
        break;
      case "--check":
        noValue();
        args.check = true;
        break;
      case "--write-results":
        noValue();
        args.writeResults = true;
        break;
      case "--help":
      case "-h":
        noValue();
        args.help = true;
        break;
      case "--out":
        if (args.out !== undefined)
          throw new UsageError("--out: given twice; expected one --out DIR");
        args.out = value("--out DIR");
        break;
      case "--only":
        onlyGiven = true;
        for (const id of parseOnly(value("--only ID[,ID...]"), "--only")) {
          if (!only.includes(id)) only.push(id);
        }
        break;
      default:
        throw new UsageError(
          arg.startsWith("-")
            ? `unknown option '${arg}'; accepted: --quick, --only ID[,ID...], --out DIR, --write-results, --check, --help`
            : `unexpected argument '${arg}'; options start with -- (see --help)`,
        );
    }
  }
  if (onlyGiven) args.only = only;
  if (args.writeResults) {
    const partial = [
      args.quick && "--quick",
      args.only && "--only",
      args.out !== undefined && "--out",
    ].filter(Boolean);
    if (partial.length) {
      throw new UsageError(
        `--write-results writes the committed bench/results.{md,json} from a full run; it cannot be combined with ${partial.join(", ")}`,
      );
    }
  }
  return args;
}

/**
 * Where the report goes: `--write-results` → bench/ (the committed results); `--out DIR` → DIR,
 * against the working directory; otherwise reports/bench/ (git-ignored), under the repository.
 */
export function outputDir(args: BenchArgs, root = ROOT, cwd = process.cwd()): string {
  if (args.writeResults) return join(root, "bench");
  if (args.out !== undefined) return resolve(cwd, args.out);
  return join(root, "reports", "bench");
}

/** The sections a run measures, in report order. */
export function selectedSections(args: BenchArgs): SectionId[] {
  if (args.only) return SECTION_IDS.filter((id) => args.only!.includes(id));
  return SECTION_IDS.filter((id) => !(args.quick && SKIPPED_WHEN_QUICK.includes(id)));
}
