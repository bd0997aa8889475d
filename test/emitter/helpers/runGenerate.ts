import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const repoRoot = resolve(__dirname, "../../..");
export const fixtures = join(repoRoot, "test/emitter/fixtures");

export interface GenerateRun {
  status: number | null;
  output: string;
}

/** Runs `scripts/generate.mjs` as `npm run generate` would, with a config and output folder. */
export function runGenerate(config: string, out: string): GenerateRun {
  const r = spawnSync(
    process.execPath,
    [join(repoRoot, "scripts/generate.mjs"), "--config", config, "--out", out],
    { cwd: repoRoot, encoding: "utf8" },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
