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

/** The name of the stamp generate.mjs writes into an output folder. */
export const STAMP = ".generate-stamp.json";

/**
 * generate.mjs's `freshness`: whether `out` is what generate makes from today's inputs, by its
 * stamp, with no AutoRest run. In a child process: jest cannot load an ES module here.
 */
export function freshness(config: string, out: string): { fresh: boolean; reason: string } {
  const script = `import(${JSON.stringify(join(repoRoot, "scripts/generate.mjs"))}).then((g) => process.stdout.write(JSON.stringify(g.freshness(${JSON.stringify({ config, out })}))))`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`freshness failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { fresh: boolean; reason: string };
}
