#!/usr/bin/env node
// Regenerates every client described in autorest.md: one AutoRest run per entry of the config's
// `batch:` (or, without one, per `$(tag) == '<name>'` section). The runs share one AutoRest core
// process (one per `$(batch-part)` when the config splits its batch), started directly rather than
// through the AutoRest CLI, with several runs in flight at once (see autorestRuns). All runs write
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
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export class GenerateError extends Error {
  constructor(message) {
    super(message);
    this.name = "GenerateError";
    this.code = "GENERATE_FAILED";
  }
}

const forSection = (tag) => (tag ? `section '${tag}'` : "every section");

/** Input files that AutoRest would misread or crash on, found before it runs. */
export class InputFileError extends GenerateError {
  constructor(problems) {
    super(
      `${problems.length === 1 ? "an input file is" : `${problems.length} input files are`} ` +
        `unusable:\n${problems.map((p) => `${p.file} (${forSection(p.tag)}): ${p.message}`).join("\n")}`,
    );
    this.name = "InputFileError";
    this.code = "INPUT_FILE_INVALID";
    this.problems = problems;
  }
}

/** AutoRest runs that failed: each failed section (or run) with the log messages that say why. */
export class AutorestError extends GenerateError {
  constructor(config, failures) {
    const count = failures.length === 1 ? "1 failure" : `${failures.length} failures`;
    super(
      `AutoRest failed for ${config} (${count}):\n` +
        failures
          .map(({ what, reasons }) => `${what}:\n${reasons.join("\n").replace(/^/gm, "  ")}`)
          .join("\n"),
    );
    this.name = "AutorestError";
    this.code = "AUTOREST_FAILED";
    this.failures = failures;
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
 * a checkout, a touch or a clock skew cannot fool it). The build only strips types (swc, file by
 * file, a few milliseconds each): `npm run typecheck` checks the emitter's types with the rest of
 * the tree, and a `tsc` build here cost seconds on every change and on every fresh checkout.
 */
function compileEmitter() {
  const stamp = join(root, "emitter/dist/.sources.sha256");
  const hash = hashFiles(emitterFiles());
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash) return;
  const swc = require("@swc/core");
  const src = join(root, "emitter/src");
  const dist = join(root, "emitter/dist");
  rmSync(dist, { recursive: true, force: true });
  for (const file of listFiles(src).filter((f) => f.endsWith(".ts"))) {
    let code;
    try {
      ({ code } = swc.transformFileSync(file, {
        swcrc: false,
        jsc: { parser: { syntax: "typescript" }, target: "es2022" },
        module: { type: "commonjs" },
      }));
    } catch (error) {
      throw new GenerateError(
        `emitter does not compile: ${relative(root, file)}: ${error.message}`,
      );
    }
    const out = join(dist, relative(src, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
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
 * guards; each part is one AutoRest process, and the parts run side by side (one process runs
 * its AutoRest instances on one core).
 */
export function batchParts(configText) {
  return [
    ...new Set([...configText.matchAll(/\$\(batch-part\)\s*==\s*'([^']+)'/g)].map((m) => m[1])),
  ];
}

const PART_GUARD = /^!\$\(batch-part\)\s*\|\|\s*\$\(batch-part\)\s*==\s*'([^']+)'$/;

/**
 * The `batch:` entries of the config (those of `part` when given), as AutoRest's batch would run
 * them; [] without a batch; undefined when a `batch:` sits under a guard other than a batch part.
 */
export function batchEntries(configText, part) {
  const { load } = require("js-yaml");
  const entries = [];
  for (const m of configText.matchAll(/^```yaml([^\n]*)\n([\s\S]*?)^```/gm)) {
    if (!/^batch:/m.test(m[2])) continue;
    const guard = m[1].trim();
    const guardPart = PART_GUARD.exec(guard)?.[1];
    if (guard && !guardPart) return undefined;
    if (part !== undefined && guardPart !== undefined && guardPart !== part) continue;
    const { batch } = load(m[2]) ?? {};
    if (!Array.isArray(batch)) return undefined;
    entries.push(...batch);
  }
  return entries;
}

/**
 * The spec files the config's runs read, with a section each is read for: the `input-file`s of
 * the sections the batch (or, without one, the config) runs, and of its unguarded blocks. Paths
 * AutoRest resolves itself (other `$(...)` values, URLs) are left out.
 */
export function inputFiles(config, configText) {
  const { load } = require("js-yaml");
  const entries = batchEntries(configText);
  const tags = new Set(
    entries?.length && entries.every((e) => e?.tag)
      ? entries.map((e) => e.tag)
      : sections(configText).map((s) => s.tag),
  );
  const files = new Map();
  for (const m of configText.matchAll(/^```yaml([^\n]*)\n([\s\S]*?)^```/gm)) {
    const tag = /^\$\(tag\)\s*==\s*'([^']+)'$/.exec(m[1].trim())?.[1];
    if (m[1].trim() && !tags.has(tag)) continue;
    let block;
    try {
      block = load(m[2]);
    } catch {
      continue; // AutoRest reports a block it cannot read, better than this could
    }
    for (const value of [block?.["input-file"] ?? []].flat()) {
      const path = String(value).replace(/^\$\(this-folder\)[\\/]?/, "");
      if (path.includes("$(") || /^[a-z][\w+.-]+:/i.test(path)) continue;
      const file = resolve(dirname(config), path);
      if (!files.has(file)) files.set(file, tag);
    }
  }
  return [...files].map(([file, tag]) => ({ file, tag }));
}

function describeValue(value) {
  if (value === null || typeof value === "object") return JSON.stringify(value);
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/** Where a JSON.parse error is, as line:column (its message gives a character offset). */
function jsonErrorAt(text, error) {
  const offset = Number(/at position (\d+)/.exec(error.message)?.[1]);
  if (!Number.isInteger(offset)) return "";
  const before = text.slice(0, offset).split("\n");
  return ` (line ${before.length}, column ${before.at(-1).length + 1})`;
}

/**
 * A spec file read once for the checks below: its document, or what makes it unusable to
 * AutoRest. AutoRest crashes on a `swagger` that is not the string "2.0" (a bare 2.0 is the number
 * 2 in JSON and YAML) with a TypeError in its merger that names nothing, and reports a missing or
 * broken file less plainly than this.
 */
function readInputFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    return {
      problem: error.code === "ENOENT" ? "no such file" : `cannot be read: ${error.message}`,
    };
  }
  const yaml = /\.ya?ml$/i.test(file);
  if (!yaml && !/\.json$/i.test(file)) return {}; // a literate spec: AutoRest's to read
  let doc;
  try {
    doc = yaml ? require("js-yaml").load(text) : JSON.parse(text);
  } catch (error) {
    // AutoRest reads JSON as YAML, so JSON that YAML accepts (a trailing comma) still works;
    // a YAML file js-yaml rejects is left to AutoRest's own parser and its message.
    if (yaml) return {};
    try {
      doc = require("js-yaml").load(text);
    } catch {
      return { problem: `is not JSON: ${error.message}${jsonErrorAt(text, error)}` };
    }
  }
  if (doc && typeof doc === "object" && "swagger" in doc && doc.swagger !== "2.0") {
    return { problem: `"swagger" must be the string "2.0" (found ${describeValue(doc.swagger)})` };
  }
  return { doc };
}

/** What makes a spec file unusable to AutoRest (see `readInputFile`), or undefined. */
export function inputFileProblem(file) {
  return readInputFile(file).problem;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch"]);
/** At most this many warnings per file, then a count: a big spec must not flood the terminal. */
const MAX_WARNINGS = 10;

/**
 * What a spec holds that the generated client may get wrong without AutoRest saying so, found
 * here, where the spec is still as written:
 * - a response taken from another file by `$ref` (`"202": {"$ref": "../Common/common.json#/
 *   responses/202Async"}`, as Maps Creator's specs do): modelerfour 4.27.3 leaves some out of the
 *   code model without a word, and `isUnexpected` then flags the service's normal answer;
 * - security declared on an operation: modelerfour reads only the top-level `security`;
 * - a `basic` security scheme, which modelerfour skips with a warning nobody sees;
 * - an operation without `operationId`, which AutoRest refuses, two of a tag as a puzzling
 *   "Duplicate Operation ''".
 */
export function inputFileWarnings(file, doc = readInputFile(file).doc) {
  const found = [];
  for (const section of ["paths", "x-ms-paths"]) {
    for (const [path, item] of Object.entries(objectOf(doc?.[section]))) {
      for (const [method, operation] of Object.entries(objectOf(item))) {
        if (!METHODS.has(method)) continue;
        const op = `${method.toUpperCase()} ${path}`;
        if (typeof operation?.operationId !== "string" || operation.operationId === "") {
          found.push(
            `${op} has no operationId, which AutoRest needs: add one, in the spec or with a directive`,
          );
        }
        if (Array.isArray(operation?.security)) {
          found.push(
            `${op} declares security of its own, which the client does not apply (only the spec's top-level security is)`,
          );
        }
        for (const [status, response] of Object.entries(objectOf(operation?.responses))) {
          const ref = response?.$ref;
          if (typeof ref === "string" && !ref.startsWith("#")) {
            found.push(
              `response ${status} of ${op} is a $ref to another file (${ref}); modelerfour may ` +
                "leave such a response out of the client, whose isUnexpected would then flag it: " +
                "inline it in the spec or with a directive",
            );
          }
        }
      }
    }
  }
  for (const [name, scheme] of Object.entries(objectOf(doc?.securityDefinitions))) {
    if (scheme?.type === "basic") {
      found.push(`security scheme ${name} is basic auth, which the client cannot send`);
    }
  }
  const shown = found.slice(0, MAX_WARNINGS).map((w) => `${file}: ${w}`);
  const more = found.length - shown.length;
  return more > 0 ? [...shown, `${file}: … ${more} more warnings`] : shown;
}

function objectOf(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

/**
 * Throws InputFileError naming every unusable spec file the config's runs would read; returns
 * warnings about what they hold that the generated client may get wrong.
 */
function checkInputFiles(config, configText) {
  const files = inputFiles(config, configText).map((f) => ({ ...f, ...readInputFile(f.file) }));
  const problems = files.flatMap(({ file, tag, problem }) =>
    problem ? [{ file, tag, message: problem }] : [],
  );
  if (problems.length) throw new InputFileError(problems);
  return files.flatMap(({ file, doc }) => inputFileWarnings(file, doc));
}

/**
 * Where the AutoRest CLI keeps the core the config pins with `version:` (~/.autorest, or
 * $AUTOREST_HOME/.autorest), when it is installed there; undefined otherwise.
 */
export function installedCore(configText) {
  const version = /^version:\s*["']?(\d+\.\d+\.\d+)["']?\s*$/m.exec(configText)?.[1];
  if (!version) return undefined;
  const home = process.env.AUTOREST_HOME || process.env["autorest.home"] || homedir();
  const dir = join(home, ".autorest", `@autorest_core@${version}`, "node_modules/@autorest/core");
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return pkg.name === "@autorest/core" && pkg.version === version ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The AutoRest runs of a config: one AutoRest core process per batch part (or one for all), each
 * running its batch entries (or, without a batch, one entry per section) as AutoRest instances side
 * by side. The CLI (node_modules/autorest) only picks and installs the core named by `version:`
 * and starts it, and a `batch:` in one core runs its entries one after the other, each reloading
 * the whole configuration; driving the installed core directly costs neither. Without an
 * installed core, or with a batch this does not read, the CLI runs the config as before.
 */
function autorestRuns(config, text, list, stagingRoot) {
  const core = installedCore(text);
  const parts = batchParts(text);
  const groups = parts.length
    ? parts.map((part) => ({ part, entries: batchEntries(text, part) }))
    : [{ entries: batchEntries(text) }];
  if (core && groups.every((g) => g.entries)) {
    return groups.map(({ part, entries }) => {
      const job = {
        core,
        config,
        options: { "generated-root": stagingRoot, ...(part ? { "batch-part": part } : {}) },
        entries: parts.length || entries.length ? entries : list.map((s) => ({ tag: s.tag })),
      };
      return {
        what: part ? `part '${part}' of the batch of ${config}` : config,
        args: [fileURLToPath(import.meta.url), DRIVER_FLAG, JSON.stringify(job)],
      };
    });
  }
  const autorest = join(dirname(require.resolve("autorest/package.json")), "entrypoints/app.js");
  const cli = (extra) => [autorest, config, `--generated-root=${stagingRoot}`, ...extra];
  if (parts.length) {
    return parts.map((part) => ({
      what: `part '${part}' of the batch of ${config}`,
      args: cli([`--batch-part=${part}`]),
    }));
  }
  if (/^batch:/m.test(text)) return [{ what: `the batch of ${config}`, args: cli([]) }];
  return list.map((s) => ({
    what: `section '${s.tag}' (spec ${s.inputFile}, config ${config})`,
    args: cli([`--tag=${s.tag}`]),
  }));
}

// Runs node processes side by side from a child process, so generate() itself stays synchronous.
const PARALLEL_RUNS = `
const { spawn } = require("node:child_process");
const runs = JSON.parse(process.argv[1]);
Promise.all(runs.map((args) => new Promise((done) => {
  const child = spawn(process.execPath, args);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  child.on("close", (status) => done({ status, output }));
}))).then((results) => process.stdout.write(JSON.stringify(results)));
`;

// A line that starts a message of AutoRest's log; the lines after it, up to the next such line,
// belong to it (where the problem is: source positions, the paths of duplicate operations, ...).
const LOG_LINE = /^(info|information|warning|error|fatal|debug|verbose)\s*\|\s?(.*)$/;
// AutoRest's summaries of a failure it has already reported, and its stack dumps.
const NOISE = /^stack:|Autorest completed with an error|Process\(\) cancelled|reported failure/;
const STACK_FRAME = /^\s+at\s/;
/** Bounds of a failure's report, so a spec with thousands of errors cannot flood the terminal. */
export const REPORT_LIMITS = { messages: 30, detailLines: 20, lineLength: 400 };
/** The line the core driver ends each failed section's log with. */
const SECTION_FAILED = /^AutoRest failed for ((?:section|batch entry) .*)$/;

function clip(line) {
  const max = REPORT_LIMITS.lineLength;
  return line.length > max ? `${line.slice(0, max)}… (${line.length - max} more characters)` : line;
}

/** AutoRest's log as messages: a level-prefixed line with the lines under it. */
function logMessages(output) {
  const messages = [];
  for (const line of output.split(/\r?\n/)) {
    const m = LOG_LINE.exec(line);
    if (m) messages.push({ level: m[1], line, text: m[2], detail: [] });
    else messages.at(-1)?.detail.push(line);
  }
  return messages;
}

/** An error or fatal message, with the lines under it (bounded; stack frames left out). */
function reason({ line, detail }) {
  const kept = detail.filter((l) => l.trim() && !STACK_FRAME.test(l));
  const max = REPORT_LIMITS.detailLines;
  const more = kept.length > max ? [`  … ${kept.length - max} more lines`] : [];
  return [line, ...kept.slice(0, max), ...more].map(clip).join("\n");
}

/**
 * The failures in one AutoRest process's output: each section the core driver reports failed
 * (its error and fatal messages precede that report, written in one piece per section), and
 * what is left (the CLI's runs, a crash) under `what`. [] when the log holds no error.
 */
export function failuresIn(output, what) {
  const failures = [];
  let reasons = [];
  for (const message of logMessages(output)) {
    if (!/^(error|fatal)$/.test(message.level) || NOISE.test(message.text)) continue;
    const section = SECTION_FAILED.exec(message.text)?.[1];
    if (section) {
      failures.push({ what: section, reasons });
      reasons = [];
    } else reasons.push(reason(message));
  }
  if (reasons.length) failures.push({ what, reasons });
  const max = REPORT_LIMITS.messages;
  return failures.map((f) =>
    f.reasons.length > max
      ? { ...f, reasons: [...f.reasons.slice(0, max), `… ${f.reasons.length - max} more errors`] }
      : f,
  );
}

/** Runs the processes (side by side when more than one); throws with every failure of them all. */
function runAutorest(config, runs) {
  const options = { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 };
  let results;
  if (runs.length === 1) {
    const r = spawnSync(process.execPath, runs[0].args, options);
    results = [{ status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` }];
  } else {
    const r = spawnSync(
      process.execPath,
      ["-e", PARALLEL_RUNS, JSON.stringify(runs.map((run) => run.args))],
      options,
    );
    if (r.status !== 0) throw new GenerateError(`AutoRest processes did not run:\n${r.stderr}`);
    results = JSON.parse(r.stdout);
  }
  const failures = results.flatMap(({ status, output }, i) => {
    const found = failuresIn(output, runs[i].what);
    if (found.length || status === 0) return found;
    // Failed without an error message (killed, out of memory): the end of its output says most.
    const tail = output.trim().split("\n").slice(-REPORT_LIMITS.detailLines).map(clip);
    return [{ what: runs[i].what, reasons: [tail.join("\n") || `exit status ${status}`] }];
  });
  if (failures.length) throw new AutorestError(config, failures);
}

const DRIVER_FLAG = "--autorest-core-driver";
// AutoRest instances in flight per core process: enough to keep the core and its extension
// processes busy; with more, the fixture corpus ran no faster and held every spec's data at once.
const CONCURRENT_RUNS = 3;
const LEVELS = { information: "info", debug: "debug", verbose: "verbose" };

/** One line of AutoRest's log, as its console logger writes it (without colours). */
function logLine({ level, code, message, source }) {
  const time =
    level === "debug" || level === "verbose" ? ` [${process.uptime().toFixed(2)} s]` : "";
  let text = `${(LEVELS[level] ?? level).padEnd(7)} |${code ? ` ${code} |` : ""}${time} ${message}`;
  for (const { document, position } of source ?? []) {
    if (!position) continue;
    const at = position.line === undefined ? "" : `:${position.line}:${position.column ?? ""}`;
    const path = position.path?.length
      ? ` (/${position.path.map((t) => String(t).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")})`
      : "";
    text += `\n    - ${document}${at.replace(/:$/, "")}${path}`;
  }
  return `${text}\n`;
}

/**
 * The child process of one AutoRest core: an AutoRest instance per entry, CONCURRENT_RUNS at a
 * time (they share the core's loaded code and one process per extension), each writing its files
 * as the core's own command line does. A failed entry does not stop the others, so one run
 * reports every section that fails; exits 1 when any failed.
 */
async function driveCore({ core, config, options, entries }) {
  const { AutoRest } = require(join(core, "dist/exports.js"));
  const writes = [];
  let failed = 0;
  const queue = [...entries];
  const runNext = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await runEntry(entry);
  };
  const runEntry = async (entry) => {
    // Each instance's log is written in one piece when it ends: instances run side by side, and
    // the parent tells which messages belong to which failed section by their order.
    let log = "";
    let logged = false; // an error in the log fails the section, as it fails a CLI run
    const sink = {
      log: (message) => {
        logged ||= message.level === "error" || message.level === "fatal";
        log += logLine(message);
      },
      startProgress: () => ({ update() {}, stop() {} }),
    };
    let spec = "";
    let result;
    try {
      const api = new AutoRest(sink, undefined, pathToFileURL(config).href);
      api.AddConfiguration(options);
      api.AddConfiguration(entry);
      const view = await api.view;
      spec = [view.config["input-file"] ?? []].flat().join(", ");
      // As the core's command line writes files: `eol` other than "default" rewrites line ends.
      const { eol: eolSetting = "default" } = view.config;
      const eol = eolSetting === "default" ? undefined : eolSetting === "crlf" ? "\r\n" : "\n";
      // The staging folder starts empty, so AutoRest's clear-output-folder has nothing to clear.
      api.GeneratedFile.Subscribe((_, { uri, type, content }) => {
        const file = fileURLToPath(uri);
        mkdirSync(dirname(file), { recursive: true });
        const data =
          type === "binary-file"
            ? Buffer.from(content, "base64")
            : eol
              ? content.replace(/\r\n|\n|\r/g, eol)
              : content;
        writes.push(writeFile(file, data));
      });
      result = await api.Process().finish;
    } catch (error) {
      result = error?.stack ?? error;
    }
    if (result !== true || logged) {
      failed += 1;
      const what = entry.tag ? `section '${entry.tag}'` : `batch entry ${JSON.stringify(entry)}`;
      if (result !== true) log += logLine({ level: "error", message: String(result) });
      const where = spec ? ` (spec ${spec})` : "";
      log += logLine({ level: "error", message: `AutoRest failed for ${what}${where}` });
    }
    process.stdout.write(log);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_RUNS, queue.length) }, runNext));
  await Promise.all(writes);
  process.exit(failed ? 1 : 0);
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
  for (const warning of checkInputFiles(config, text))
    console.warn(`generate: warning: ${warning}`);
  compileEmitter();
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const staging = mkdtempSync(join(root, ".tmp", "generate-"));
  try {
    runAutorest(config, autorestRuns(config, text, list, staging));
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

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2] === DRIVER_FLAG) {
  await driveCore(JSON.parse(process.argv[3]));
} else if (isMain) {
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
