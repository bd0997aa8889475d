#!/usr/bin/env node
// Builds the workspace packages (`npm run build`, or one package: `npm run build -w rest`), in
// dependency order, in one process:
// - every TypeScript project goes through one compiler host whose parsed files are shared, so the
//   Node and Azure declarations (most of what each `tsc` run parses) are read once, not once per
//   project;
// - a build whose inputs (sources, configs, the lock file, this script) have not changed since
//   the last one is skipped: each package's dist/ holds a stamp of them. `--force` rebuilds.
// Each project is type-checked as `tsc -p <tsconfig>` would; errors fail the build (exit 1).
// `--no-check` emits the same files without the type check (`tsc --noCheck`), for the tests, which
// run against the build while `npm run typecheck` checks the types: its stamp says so, and a
// checked build later (`npm run build`, packing, check:api) does not take it for its own.
//
// Usage: node scripts/build.mjs [--force] [--no-check] [rest|conformance|emulator|cli ...]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** The packages in dependency order: each step is a TypeScript project or a script. */
export const PACKAGES = {
  emulator: [{ tsconfig: "emulator/tsconfig.build.json" }],
  rest: [
    { tsconfig: "rest/tsconfig.esm.json" },
    { tsconfig: "rest/tsconfig.cjs.json" },
    { script: ["scripts/module-markers.mjs", "rest/dist"] },
  ],
  conformance: [
    { script: ["scripts/copy-specs.mjs", "conformance/specs"] },
    { tsconfig: "conformance/tsconfig.build.json" },
  ],
  cli: [{ tsconfig: "cli/tsconfig.build.json" }],
};

/** What the build reads: source folders (every .ts, .json and .md below them) and single files. */
const SOURCE_DIRS = ["src", "generated", "emulator", "conformance", "cli/src", "specs"];
const SKIP = new Set(["dist", "node_modules", "specs", "review"]);
const FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "scripts/build.mjs",
  "scripts/copy-specs.mjs",
  "scripts/module-markers.mjs",
  ...Object.keys(PACKAGES).map((name) => `${name}/package.json`),
  ...Object.values(PACKAGES)
    .flat()
    .flatMap((step) => (step.tsconfig ? [step.tsconfig] : [])),
];
const STAMP = ".build-inputs.sha256";

export class BuildError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildError";
    this.code = "BUILD_FAILED";
  }
}

function listFiles(dir, all) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return !all && SKIP.has(entry.name) ? [] : listFiles(path, all);
    return /\.(ts|json|md)$/.test(entry.name) ? [path] : [];
  });
}

/** A hash of the content (not the times) of everything the build reads. */
export function inputsHash() {
  const hash = createHash("sha256");
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => listFiles(join(root, dir), dir === "specs")),
    ...FILES.map((file) => join(root, file)),
  ].sort();
  for (const file of files) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const stampOf = (name) => join(root, name, "dist", STAMP);
const UNCHECKED = "unchecked";
/** Built from these inputs, and type-checked unless `check` is false. */
function isFresh(name, hash, check) {
  if (!existsSync(stampOf(name))) return false;
  const [built, mark] = readFileSync(stampOf(name), "utf8").trim().split(" ");
  return built === hash && (!check || mark !== UNCHECKED);
}

// Parsed declaration files shared by every project of the run, keyed by the options that change
// how a file parses.
const parsed = new Map();

function compile(ts, tsconfig, check) {
  const configPath = join(root, tsconfig);
  const config = ts.getParsedCommandLineOfConfigFile(configPath, check ? {} : { noCheck: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new BuildError(`${tsconfig}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    },
  });
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    // Only files outside the workspace's sources are shared: a source file's meaning (module
    // format, for one) depends on the project that compiles it.
    if (!fileName.includes("/node_modules/")) return read(fileName, languageVersion, onError);
    const key = `${JSON.stringify(languageVersion)}\0${fileName}`;
    let file = parsed.get(key);
    if (!file) {
      file = read(fileName, languageVersion, onError, shouldCreate);
      if (file) parsed.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    host,
  });
  const diagnostics = [
    ...config.errors,
    ...(check ? ts.getPreEmitDiagnostics(program) : program.getSyntacticDiagnostics()),
  ];
  if (diagnostics.length === 0) diagnostics.push(...program.emit().diagnostics);
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    });
    throw new BuildError(`${tsconfig}:\n${text}`);
  }
}

function runStep(ts, step, check) {
  if (step.tsconfig) return compile(ts, step.tsconfig, check);
  const [script, arg] = step.script;
  execFileSync(process.execPath, [join(root, script), join(root, arg)], { stdio: "inherit" });
}

// Runs are serialized across processes (parallel test workers, a second shell): a build reads
// the others' dist/ while writing its own.
function withLock(fn) {
  const lock = join(root, ".tmp", "build.lock");
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock left by a killed build is older than any build.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 5 * 60 * 1000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new BuildError(`lock ${lock} held too long; remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the packages named (default: all) that are not up to date. Returns the names built.
 * Packages always build in dependency order; a package's dependencies are not built for it.
 */
export function build({ packages = Object.keys(PACKAGES), force = false, check = true } = {}) {
  for (const name of packages) {
    if (!(name in PACKAGES)) {
      throw new BuildError(
        `unknown package "${name}": expected one of ${Object.keys(PACKAGES).join(", ")}`,
      );
    }
  }
  return withLock(() => {
    const hash = inputsHash();
    const todo = Object.keys(PACKAGES).filter(
      (name) => packages.includes(name) && (force || !isFresh(name, hash, check)),
    );
    if (todo.length === 0) return [];
    const ts = require("typescript");
    for (const name of todo) {
      // From an empty dist/: a file whose source is gone must not linger into a tarball.
      rmSync(join(root, name, "dist"), { recursive: true, force: true });
      for (const step of PACKAGES[name]) runStep(ts, step, check);
      mkdirSync(dirname(stampOf(name)), { recursive: true });
      writeFileSync(stampOf(name), `${hash}${check ? "" : ` ${UNCHECKED}`}\n`);
    }
    return todo;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const check = !args.includes("--no-check");
  const unknownFlag = args.find((a) => a.startsWith("-") && a !== "--force" && a !== "--no-check");
  if (unknownFlag) {
    console.error(
      `build: unknown option ${unknownFlag}: usage: build.mjs [--force] [--no-check] [package ...]`,
    );
    process.exit(2);
  }
  const named = args.filter((a) => !a.startsWith("-"));
  try {
    const built = build({ packages: named.length ? named : undefined, force, check });
    console.log(built.length ? `build: ${built.join(", ")}` : "build: up to date");
  } catch (error) {
    console.error(`build: ${error.message}`);
    process.exit(error instanceof BuildError ? 1 : 4);
  }
}
