/**
 * Every snippet in the READMEs and docs/ is compiled or run here, so none can go stale:
 * - `ts`: type-checked together under --strict, against the built packages as a user's project
 *   resolves them; the ones whose info string says `run` are also executed;
 * - `js`: must be a file that a test runs (the contract-check recipe is test/packaging/downstream);
 * - `sh`, and the `$ ` lines of `console` transcripts: each command is checked: npm scripts exist,
 *   tarball names match the packages, `maps-operations` and `maps-operations-emulator` command
 *   lines parse as their CLIs parse them, and `curl` calls run against a live emulator;
 * - `json`: an emulator operation input is posted to a live emulator's control API;
 * - `text` and `yaml` (AutoRest's literate config, run by `npm run generate`) are left alone.
 * A block with another language, or none, fails the test: label it.
 */
import { transformSync } from "@swc/core";
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { checkCommandLine } from "../../cli/src/main.js";
import { parseCli } from "../../emulator/cli.js";
import {
  SEEDED_OPERATIONS,
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type RunningEmulator,
} from "../../emulator/index.js";
import { ensureBuilt } from "../helpers/build.js";

const ROOT = path.resolve(__dirname, "../..");
const execFileAsync = promisify(execFile);
const DOCS = [
  "README.md",
  "rest/README.md",
  "conformance/README.md",
  "cli/README.md",
  "emulator/README.md",
  "emitter/README.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

interface Snippet {
  readonly doc: string;
  readonly line: number;
  readonly lang: string;
  readonly flags: readonly string[];
  readonly code: string;
}

function snippetsOf(doc: string): Snippet[] {
  const lines = readFileSync(path.join(ROOT, doc), "utf8").split("\n");
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [lang = "", ...flags] = open[1]!.trim().split(/\s+/);
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== "```"; i += 1) body.push(lines[i]!);
    found.push({ doc, line: start + 1, lang, flags, code: `${body.join("\n")}\n` });
  }
  return found;
}

const all = DOCS.flatMap(snippetsOf);
const named = (s: Snippet) => `${s.doc}:${s.line}`;
const KNOWN = new Set(["ts", "js", "sh", "console", "json", "text", "yaml"]);
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  version: string;
};
const PACKAGES = ["rest", "conformance", "emulator", "cli"].map(
  (folder) =>
    (JSON.parse(readFileSync(path.join(ROOT, folder, "package.json"), "utf8")) as { name: string })
      .name,
);

let emulator: RunningEmulator;
beforeAll(async () => {
  await ensureBuilt();
  emulator = await startEmulator({ port: 0 });
}, 600_000);
afterAll(async () => {
  await emulator.close();
});

test("every block is labelled with a language this test knows", () => {
  expect(all.filter((s) => !KNOWN.has(s.lang)).map((s) => `${named(s)} "${s.lang}"`)).toEqual([]);
  expect(all.length).toBeGreaterThan(20);
});

describe("ts snippets", () => {
  const ts = all.filter((s) => s.lang === "ts");
  const dir = path.join(ROOT, ".tmp", "snippets");
  const fileOf = (s: Snippet) =>
    path.join(dir, `${s.doc.replace(/[^A-Za-z0-9]/g, "_")}_${s.line}.mts`);

  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const snippet of ts) {
      // Each snippet is a module of its own (some only import and declare).
      writeFileSync(fileOf(snippet), `${snippet.code}\nexport {};\n`);
    }
    // `paths` cleared: the packages resolve as installed ones do, through node_modules to their
    // built declarations and code, so the snippets meet what a user meets.
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.json",
        compilerOptions: { types: ["node"], noEmit: true, noUnusedLocals: false, paths: {} },
        include: ["*.mts"],
        exclude: [],
      }),
    );
  });

  test("there are some, in every package README", () => {
    expect(new Set(ts.map((s) => s.doc))).toEqual(
      new Set(["README.md", "rest/README.md", "conformance/README.md", "emulator/README.md"]),
    );
  });

  test("all type-check under --strict", () => {
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(dir, "tsconfig.json")],
      { encoding: "utf8" },
    );
    expect(`${tsc.stdout}${tsc.stderr}`).toBe("");
    expect(tsc.status).toBe(0);
  });

  const runnable = ts.filter((s) => s.flags.includes("run"));
  /** The snippet with its types stripped (what tsc would emit), run by plain `node`. */
  const javascriptOf = (snippet: Snippet): string => {
    const file = fileOf(snippet).replace(/\.mts$/, ".mjs");
    const { code } = transformSync(readFileSync(fileOf(snippet), "utf8"), {
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      module: { type: "es6" },
    });
    writeFileSync(file, code);
    return file;
  };
  test("some are marked to run", () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  // Against the emulator, whose seeded operations the snippets poll, made quick to finish: one
  // poll in their first state, then their outcome.
  test.each(runnable.map((s) => [named(s), s] as const))("%s runs", async (_name, snippet) => {
    await emulator.reset();
    for (const seeded of SEEDED_OPERATIONS) {
      await fetch(`${emulator.url}/_emulator/operations/${seeded.id}`, { method: "DELETE" });
      emulator.createOperation({
        api: seeded.api,
        id: seeded.id,
        outcome: seeded.outcome.status,
        ...(seeded.api === "dataset" ? { resourceId: seeded.resourceId } : {}),
        retryAfter: 0,
        steps: seeded.steps.slice(0, 1).map((step) => ({ ...step, polls: 1 })),
      });
    }
    const { stdout } = await execFileAsync(process.execPath, [javascriptOf(snippet)], {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        MAPS_ENDPOINT: emulator.url,
        MAPS_SUBSCRIPTION_KEY: WELL_KNOWN_CREDENTIALS.subscriptionKey,
      },
    });
    // A snippet that prints its outcome in a comment must print it.
    const promised = /^\/\/ (.+)$/m.exec(snippet.code)?.[1];
    if (promised !== undefined) expect(stdout).toContain(promised);
  });
});

describe("js snippets", () => {
  const js = all.filter((s) => s.lang === "js");
  test.each(js.map((s) => [named(s), s] as const))("%s is a file a test runs", (_name, snippet) => {
    const downstream = path.join(ROOT, "test/packaging/downstream");
    const files = readdirSync(downstream).map((f) =>
      readFileSync(path.join(downstream, f), "utf8"),
    );
    expect(files).toContain(snippet.code);
  });
});

/** Splits a shell line into words (quotes, no expansion but `$E`-style variables). */
function words(line: string, env: Record<string, string>): string[] {
  const out: string[] = [];
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of line.matchAll(pattern)) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(expand(match[2], env));
    else out.push(expand(match[3]!, env));
  }
  return out;
}

function expand(text: string, env: Record<string, string>): string {
  return text.replace(/\$([A-Z_]+)/g, (_all, name: string) => {
    if (!(name in env)) throw new Error(`unknown variable $${name}`);
    return env[name]!;
  });
}

/** The commands of a block: comments dropped, continuations joined, `&&` split. */
function commands(snippet: Snippet): string[] {
  const lines =
    snippet.lang === "console"
      ? snippet.code
          .split("\n")
          .filter((l) => l.startsWith("$ "))
          .map((l) => l.slice(2))
      : snippet.code.replace(/\\\n\s*/g, " ").split("\n");
  return lines
    .map((l) => l.replace(/(^|\s)#.*$/, "").trim())
    .filter((l) => l !== "")
    .flatMap((l) => l.split(/\s*&&\s*/));
}

const TARBALL = new RegExp(
  `^(?:\\./)?(?:packages/)?(${PACKAGES.join("|")})-${manifest.version.replace(/\./g, "\\.")}\\.tgz$`,
);

async function checkCommand(command: string, env: Record<string, string>): Promise<void> {
  const assignment = /^(?:export\s+)?([A-Z_]+)=(\S+)$/.exec(command);
  if (assignment) {
    env[assignment[1]!] = assignment[2]!;
    return;
  }
  const [program, ...args] = words(command, env);
  switch (program) {
    case "npm": {
      const [sub, ...rest] = args;
      if (sub === "run") {
        expect(Object.keys(manifest.scripts)).toContain(rest[0]);
      } else if (sub === "install") {
        for (const arg of rest.filter((a) => !a.startsWith("-"))) {
          if (arg.endsWith(".tgz")) expect(arg).toMatch(TARBALL);
          else expect(arg).toMatch(/^@azure\/(core-auth|identity)$|^jest$/);
        }
      } else {
        expect(["ci", "test"]).toContain(sub);
      }
      return;
    }
    case "maps-operations": {
      // A URL of the emulator's documented port stands for any emulator: use the live one.
      await expect(checkCommandLine(args)).resolves.toBeDefined();
      return;
    }
    case "maps-operations-emulator": {
      expect(() => parseCli(args, () => undefined)).not.toThrow();
      return;
    }
    case "curl": {
      // Asynchronously: the emulator answering it runs in this process.
      const live = args.map((a) => a.replace(/^http:\/\/127\.0\.0\.1:4010/, emulator.url));
      const { stdout } = await execFileAsync("curl", [
        ...live,
        "--max-time",
        "10",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
      ]);
      expect(Number(stdout)).toBeLessThan(400);
      return;
    }
    case "git":
    case "cd":
      return;
    default:
      throw new Error(`no check for the command "${program}": add one to this test`);
  }
}

describe("shell commands", () => {
  const shell = all.filter((s) => s.lang === "sh" || s.lang === "console");
  /** Variables set in one block hold in the doc's later blocks, as in a reader's shell. */
  const envs = new Map<string, Record<string, string>>();
  test.each(shell.map((s) => [named(s), s] as const))("%s", async (_name, snippet) => {
    await emulator.reset();
    const env = envs.get(snippet.doc) ?? {};
    envs.set(snippet.doc, env);
    const list = commands(snippet);
    expect(list.length).toBeGreaterThan(0);
    for (const command of list) await checkCommand(command, env);
  });
});

describe("json snippets", () => {
  const json = all.filter((s) => s.lang === "json");
  test.each(json.map((s) => [named(s), s] as const))(
    "%s is an operation input the emulator accepts",
    async (_name, snippet) => {
      await emulator.reset();
      const response = await fetch(`${emulator.url}/_emulator/operations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: snippet.code,
      });
      expect(await response.text()).toMatch(/"id"/);
      expect(response.status).toBe(201);
    },
  );
});

test("the docs this test reads all exist", () => {
  expect(DOCS.filter((doc) => !existsSync(path.join(ROOT, doc)))).toEqual([]);
});
