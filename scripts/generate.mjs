#!/usr/bin/env node
// Regenerates every client described in autorest.md. Each `$(tag) == '<name>'` section is one
// AutoRest run, unless the config lists its tags under `batch:`: then one AutoRest run does them
// all (the emitter's fixture corpus, where a run per section would take minutes). All runs write
// into a staging folder, which replaces the output folder only when every run succeeded, so a
// failed generation leaves the previous output untouched.
//
// Usage: node scripts/generate.mjs [--config <autorest.md>] [--out <folder>]
// (or GENERATE_CONFIG / GENERATE_OUT), defaults: autorest.md and generated/.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export class GenerateError extends Error {
  constructor(message) {
    super(message);
    this.name = "GenerateError";
    this.code = "GENERATE_FAILED";
  }
}

function argValue(name, envName, fallback) {
  const i = process.argv.indexOf(name);
  if (i !== -1 && process.argv[i + 1]) return resolve(process.argv[i + 1]);
  return process.env[envName] ? resolve(process.env[envName]) : fallback;
}

/** Tags of the config's conditional sections, with the spec file each one names. */
export function sections(configText) {
  const found = new Map();
  const block = /```yaml\s+\$\(tag\)\s*==\s*'([^']+)'\s*\n([\s\S]*?)```/g;
  for (const m of configText.matchAll(block)) {
    const input = /^input-file:\s*(.+)$/m.exec(m[2]);
    const tag = m[1];
    if (!found.has(tag) || input) found.set(tag, input ? input[1].trim() : found.get(tag));
  }
  return [...found].map(([tag, inputFile]) => ({ tag, inputFile: inputFile ?? "<no input-file>" }));
}

function run(cmd, args) {
  return spawnSync(process.execPath, [cmd, ...args], { cwd: root, encoding: "utf8" });
}

/** The emitter's own inputs: what its build reads. */
function emitterFiles() {
  return [
    ...listFiles(join(root, "emitter/src")),
    join(root, "emitter/tsconfig.json"),
    join(root, "emitter/package.json"),
    join(root, "emitter/README.md"),
  ];
}

/**
 * Builds the emitter, unless emitter/dist was built from the same sources (a content hash, so
 * a checkout, a touch or a clock skew cannot fool it): a build costs seconds even incrementally.
 */
function compileEmitter() {
  const stamp = join(root, "emitter/dist/.sources.sha256");
  const hash = hashFiles(emitterFiles());
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash) return;
  const tsc = require.resolve("typescript/bin/tsc");
  const r = run(tsc, ["-p", join(root, "emitter/tsconfig.json")]);
  if (r.status !== 0) throw new GenerateError(`emitter does not compile:\n${r.stdout}${r.stderr}`);
  writeFileSync(stamp, `${hash}\n`);
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/** Hash of the files' contents and their paths relative to `base` (default: the repository). */
function hashFiles(files, base = root) {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(relative(base, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The name of the stamp `generate` writes into its output folder. */
export const STAMP = ".generate-stamp.json";

/**
 * What an output folder depends on: the config, the folders of the specs it names (their $refs
 * and examples included), the emitter and this script.
 */
function inputsHash(configPath, configText) {
  const specDirs = [...configText.matchAll(/^input-file:\s*(.+)$/gm)].map((m) =>
    dirname(resolve(dirname(configPath), m[1].trim().replace(/^\$\(this-folder\)\//, ""))),
  );
  const files = [
    configPath,
    fileURLToPath(import.meta.url),
    ...emitterFiles(),
    ...[...new Set(specDirs)].flatMap(listFiles),
  ];
  return hashFiles([...new Set(files)]);
}

function outputsHash(out) {
  return hashFiles(
    listFiles(out).filter((file) => !file.endsWith(STAMP)),
    out,
  );
}

/**
 * Whether `out` is what `generate` made from today's inputs, without running AutoRest: its stamp
 * names the hash of the inputs it was made from and of the files it holds. A hand edit of the
 * output, or a change to a spec, the config or the emitter, makes it stale. (check:generated
 * still regenerates for real; tests use this to skip AutoRest when nothing changed.)
 */
export function freshness({ config, out }) {
  const stamp = join(out, STAMP);
  if (!existsSync(stamp)) return { fresh: false, reason: `${STAMP} is missing` };
  const saved = JSON.parse(readFileSync(stamp, "utf8"));
  if (saved.inputs !== inputsHash(config, readFileSync(config, "utf8"))) {
    return { fresh: false, reason: "a spec, the config or the emitter changed since" };
  }
  if (saved.outputs !== outputsHash(out)) {
    return { fresh: false, reason: "the output was changed after it was generated" };
  }
  return { fresh: true, reason: "" };
}

/**
 * Parts of a batch that the config splits with ` ```yaml !$(batch-part) || $(batch-part) == 'a' `
 * guards; each part is one AutoRest run, and the parts run side by side (a batch of dozens of
 * specs takes minutes in one process).
 */
export function batchParts(configText) {
  return [
    ...new Set([...configText.matchAll(/\$\(batch-part\)\s*==\s*'([^']+)'/g)].map((m) => m[1])),
  ];
}

// Runs the parts concurrently from a child process, so generate() itself stays synchronous.
const PARALLEL_RUNS = `
const { spawn } = require("node:child_process");
const [autorest, config, staging, ...parts] = process.argv.slice(1);
Promise.all(parts.map((part) => new Promise((done) => {
  const args = [autorest, config, "--batch-part=" + part, "--generated-root=" + staging];
  const child = spawn(process.execPath, args);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  child.on("close", (status) => done({ part, status, output }));
}))).then((results) => process.stdout.write(JSON.stringify(results)));
`;

// AutoRest's own log mixes banners and info; only error/fatal lines explain a failure.
function failureLines(output) {
  return output
    .split("\n")
    .filter((l) => /^(error|fatal)\s*\|/.test(l) && !/^\s*(error|fatal)\s*\|\s*stack:/.test(l))
    .filter(
      (l) => !/Autorest completed with an error|Process\(\) cancelled|reported failure/.test(l),
    )
    .join("\n");
}

function runAutorestParts(config, parts, stagingRoot) {
  const autorest = join(dirname(require.resolve("autorest/package.json")), "entrypoints/app.js");
  const r = spawnSync(
    process.execPath,
    ["-e", PARALLEL_RUNS, autorest, config, stagingRoot, ...parts],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new GenerateError(`AutoRest batch parts did not run:\n${r.stderr}`);
  for (const { part, status, output } of JSON.parse(r.stdout)) {
    if (status !== 0 || /^(error|fatal)\s*\|/m.test(output)) {
      throw new GenerateError(
        `AutoRest failed for part '${part}' of the batch of ${config}:\n${failureLines(output) || output}`,
      );
    }
  }
}

/** A section's AutoRest run, or (section undefined) the run of the config's `batch:`. */
function runAutorest(config, section, stagingRoot) {
  const autorest = join(dirname(require.resolve("autorest/package.json")), "entrypoints/app.js");
  const args = [
    config,
    ...(section ? [`--tag=${section.tag}`] : []),
    `--generated-root=${stagingRoot}`,
  ];
  const r = run(autorest, args);
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  const ok = r.status === 0 && !/^(error|fatal)\s*\|/m.test(output);
  if (!ok) {
    const what = section
      ? `section '${section.tag}' (spec ${section.inputFile}, config ${config})`
      : `the batch of ${config}`;
    throw new GenerateError(`AutoRest failed for ${what}:\n${failureLines(output) || output}`);
  }
}

// Runs are serialized across processes (parallel test workers, a developer's second shell):
// tsc rewrites emitter/dist while AutoRest may be loading it.
function withLock(fn) {
  const lock = join(root, ".tmp", "generate.lock");
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new GenerateError(`lock ${lock} held too long; remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function generate(options) {
  return withLock(() => generateUnlocked(options));
}

function generateUnlocked({ config, out }) {
  const text = readFileSync(config, "utf8");
  const list = sections(text);
  if (!list.length) throw new GenerateError(`${config} has no \`$(tag) == '...'\` sections`);
  compileEmitter();
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const staging = mkdtempSync(join(root, ".tmp", "generate-"));
  try {
    const parts = batchParts(text);
    if (parts.length) runAutorestParts(config, parts, staging);
    else if (/^batch:/m.test(text)) runAutorest(config, undefined, staging);
    else for (const section of list) runAutorest(config, section, staging);
    const produced = readdirSync(staging);
    if (!produced.length) throw new GenerateError(`AutoRest wrote no files for ${config}`);
    const stamp = { inputs: inputsHash(config, text), outputs: outputsHash(staging) };
    writeFileSync(join(staging, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
    // Swap: move the old output aside, put the new one in place, then drop the old one.
    mkdirSync(dirname(out), { recursive: true });
    const old = `${staging}-old`;
    if (existsSync(out)) renameSync(out, old);
    renameSync(staging, out);
    rmSync(old, { recursive: true, force: true });
    return list;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const config = argValue("--config", "GENERATE_CONFIG", join(root, "autorest.md"));
  const out = argValue("--out", "GENERATE_OUT", join(root, "generated"));
  try {
    const done = generate({ config, out });
    console.log(`generate: ${done.map((s) => s.tag).join(", ")} → ${out}`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
}
