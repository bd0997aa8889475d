import { transformFileSync } from "@swc/core";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fixtures, freshness, repoRoot } from "./runGenerate";

export const corpusConfig = join(fixtures, "corpus.md");
/** The committed output of the corpus: what the emitter must keep producing. */
export const goldenRoot = join(fixtures, "out");
const scenariosRel = "test/emitter/corpus/scenarios";
const outRel = "test/emitter/fixtures/out";

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

function hashOf(files: string[], seed = ""): string {
  const hash = createHash("sha256").update(seed);
  for (const file of files) {
    hash.update(relative(repoRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Everything the generated output depends on. */
const generationInputs = (): string[] => [
  ...listFiles(join(fixtures, "specs")),
  corpusConfig,
  ...listFiles(join(repoRoot, "emitter/src")),
  join(repoRoot, "emitter/README.md"),
  join(repoRoot, "emitter/package.json"),
  join(repoRoot, "scripts/generate.mjs"),
];

export interface Corpus {
  /** Fresh output, one folder per fixture (the layout of goldenRoot). */
  generated: string;
  /** Compiled scenarios and clients: `<js>/test/emitter/corpus/scenarios/<fixture>.js`. */
  js: string;
}

function withLock<T>(lock: string, fn: () => T): T {
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) {
        throw new Error(`lock ${lock} held too long; remove it`, { cause: error });
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
}

/**
 * Runs `make` into `dir` once: later calls (and other test workers) find `dir/done`. A new
 * entry replaces the older ones of its kind (`generated-*`, `compiled-*`), so the cache holds
 * one of each.
 */
function cached(dir: string, make: () => void): void {
  const done = join(dir, "done");
  if (existsSync(done)) return;
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  withLock(`${dir}.lock`, () => {
    if (existsSync(done)) return;
    rmSync(dir, { recursive: true, force: true });
    make();
    writeFileSync(done, "");
    const kind = basename(dir).replace(/-[0-9a-f]+$/, "-");
    for (const old of readdirSync(parent)) {
      if (old.startsWith(kind) && !old.endsWith(".lock") && old !== basename(dir)) {
        rmSync(join(parent, old), { recursive: true, force: true });
      }
    }
  });
}

/**
 * Generates the whole corpus in one AutoRest run (unless the committed output is fresh), then
 * turns every client and scenario into JavaScript to call. Both steps are cached under .tmp/ by
 * the hash of their inputs, so reruns are instant and editing a scenario does not rerun AutoRest.
 */
export function ensureCorpus(): Corpus {
  const cacheRoot = join(repoRoot, ".tmp", "emitter-corpus");
  const genKey = hashOf(generationInputs());
  // The committed golden output, when its stamp says generate.mjs made it from today's inputs and
  // nobody changed it since: then a fresh AutoRest run would give the same bytes, and is skipped
  // (check:generated and any change to the emitter or a fixture run it for real).
  const golden = freshness(corpusConfig, goldenRoot);
  const gen = golden.fresh ? undefined : join(cacheRoot, `generated-${genKey}`);
  if (gen !== undefined) {
    cached(gen, () =>
      run([
        join(repoRoot, "scripts/generate.mjs"),
        "--config",
        corpusConfig,
        "--out",
        join(gen, outRel),
      ]),
    );
  }
  const generated = gen === undefined ? goldenRoot : join(gen, outRel);
  const dir = join(
    cacheRoot,
    `compiled-${hashOf(listFiles(join(repoRoot, scenariosRel)), genKey)}`,
  );
  const corpus = { generated, js: join(dir, "js") };
  cached(dir, () => {
    // Types are not checked here: `npm run typecheck` checks the committed output and the
    // scenarios (strict), and fresh output that differs from the committed one fails the
    // golden comparison anyway. This only strips types, file by file, for the calls.
    const sources = [
      ...listFiles(generated).map((file) => [file, join(outRel, relative(generated, file))]),
      ...listFiles(join(repoRoot, scenariosRel)).map((file) => [file, relative(repoRoot, file)]),
    ].filter(([file]) => file!.endsWith(".ts") && !file!.endsWith(".d.ts"));
    for (const [file, rel] of sources as [string, string][]) {
      const { code } = transformFileSync(file, {
        swcrc: false,
        jsc: { parser: { syntax: "typescript" }, target: "es2022" },
        module: { type: "commonjs" },
      });
      const out = join(dir, "js", rel.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }
  });
  return corpus;
}
