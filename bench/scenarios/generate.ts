import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { BenchConfig, ScenarioResult } from "../section.js";
import { fmtNumber, fmtRatio, ratios, summarise } from "../stats.js";

const ROOT = resolve(__dirname, "..", "..");
const FLOOR_CONFIG = join(ROOT, "bench", "floor", "autorest.md");
const FLOOR_SPEC = join(ROOT, "specs/data-plane/DataRegistry/stable/2023-06-01/dataregistry.json");

/** Runs `node <args>` from the repository root; returns its wall time in seconds, or throws. */
function timeNode(what: string, args: string[], failed: (output: string) => boolean): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (r.status !== 0 || failed(output)) {
    throw new Error(`bench: ${what} failed (exit ${r.status}):\n${output}`);
  }
  return seconds;
}

/** The floor: one bare AutoRest + modelerfour run on the Data Registry spec, in a child process. */
function floorRun(): number {
  const autorest = join(dirname(require.resolve("autorest/package.json")), "entrypoints/app.js");
  const scratch = mkdtempSync(join(ROOT, ".tmp", "bench-floor-"));
  try {
    const seconds = timeNode(
      "the AutoRest floor",
      [autorest, FLOOR_CONFIG, `--input-file=${FLOOR_SPEC}`, `--output-folder=${scratch}`],
      (output) => /^(error|fatal)\s*\|/m.test(output),
    );
    if (!existsSync(join(scratch, "code-model-v4.yaml"))) {
      throw new Error("bench: the AutoRest floor wrote no code-model-v4.yaml");
    }
    return seconds;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `npm run generate` as a developer runs it (`node scripts/generate.mjs`), into a scratch folder.
 * The scratch is under .tmp/, on the same file system as generate's staging folder, which it
 * renames into place.
 */
function generateRun(): number {
  const scratch = mkdtempSync(join(ROOT, ".tmp", "bench-generate-"));
  try {
    return timeNode(
      "npm run generate",
      [join(ROOT, "scripts", "generate.mjs"), "--out", join(scratch, "generated")],
      () => false,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Wall time of `npm run generate` (both clients) beside the floor it is measured against, each in
 * its own child process, alternated in rounds (floor, generate, floor, generate, ...), the ratio
 * taken per round.
 */
export async function benchGenerate(config: BenchConfig): Promise<ScenarioResult> {
  const rounds = config.quick ? 1 : 3;
  if (!config.quick) {
    // Untimed warm-up of both: the file cache, and the emitter build generate does when its
    // sources changed since the last one (not part of the steady state).
    floorRun();
    generateRun();
  }
  const floor: number[] = [];
  const generate: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    floor.push(floorRun());
    generate.push(generateRun());
  }
  const s = {
    floorSeconds: summarise(floor),
    generateSeconds: summarise(generate),
    generateOverFloor: summarise(ratios(generate, floor)),
  };
  return {
    id: "generate",
    title: "npm run generate wall time, beside bare AutoRest + modelerfour",
    columns: ["run", "seconds", "vs floor", "rounds"],
    rows: [
      [
        "floor: AutoRest + modelerfour on the Data Registry spec, code model only",
        fmtNumber(s.floorSeconds, 1),
        "1.00x",
        String(rounds),
      ],
      [
        "npm run generate: both specs, the emitter, the swap into place",
        fmtNumber(s.generateSeconds, 1),
        fmtRatio(s.generateOverFloor),
        String(rounds),
      ],
    ],
    notes: [
      "The floor is bench/floor/autorest.md: the AutoRest core and modelerfour versions of autorest.md, one spec (Data Registry), the pipeline stopped at modelerfour's code model, no emitter. It is what any AutoRest generator pays before emitting a line.",
      "Each run is a new node process (`node <autorest>/entrypoints/app.js …` and `node scripts/generate.mjs --out <scratch>`), so both pay process start-up; in rounds of floor then generate, the ratio taken per round.",
      `${config.quick ? "No warm-up in a quick run." : "One untimed warm-up run of each first (file cache; an emitter build if its sources changed)."} AutoRest core and modelerfour already in ~/.autorest (the first run on a fresh machine also downloads them).`,
    ],
    measured: { "generate/over-floor": s.generateOverFloor },
    data: { ...s, floorSecondsPerRound: floor, generateSecondsPerRound: generate },
  };
}
