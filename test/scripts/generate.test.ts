/**
 * scripts/generate.mjs's reading of a config (which AutoRest runs a config asks for, its batch
 * per part, the spec files they read, where the AutoRest core it pins is installed) and its report
 * of a failure (every failed section, where AutoRest says the problem is, unusable spec files
 * caught before AutoRest runs). Successful generation is covered by test/emitter (bad inputs, the
 * corpus) and test/generated.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repoRoot = join(__dirname, "../..");

/** Calls an export of generate.mjs in a child process (jest cannot load an ES module here). */
function call(name: string, args: unknown[], env: NodeJS.ProcessEnv = {}): unknown {
  const script = `import(${JSON.stringify(join(repoRoot, "scripts/generate.mjs"))}).then((g) => process.stdout.write(JSON.stringify(g.${name}(...${JSON.stringify(args)}) ?? null)))`;
  const r = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const text = (file: string): string => readFileSync(join(repoRoot, file), "utf8");

describe("batchEntries", () => {
  it("reads autorest.md's batch", () => {
    expect(call("batchEntries", [text("autorest.md")])).toEqual([
      { tag: "dataset" },
      { tag: "dataRegistry" },
    ]);
  });

  it("reads one part of a batch split with $(batch-part) guards, or all of it", () => {
    const corpus = text("test/emitter/fixtures/corpus.md");
    const a = call("batchEntries", [corpus, "a"]) as Array<{ tag: string }>;
    const b = call("batchEntries", [corpus, "b"]) as Array<{ tag: string }>;
    const all = call("batchEntries", [corpus]) as Array<{ tag: string }>;
    expect(a).toHaveLength(19);
    expect(a).toContainEqual({ tag: "additional-properties" });
    expect(b).toHaveLength(18);
    expect(b).toContainEqual({ tag: "kitchen-sink" });
    expect(a.some((e) => b.some((f) => f.tag === e.tag))).toBe(false);
    expect(all).toEqual([...a, ...b]);
  });

  it("is empty without a batch, and undefined for a batch under a guard it does not read", () => {
    expect(call("batchEntries", [text("test/emitter/fixtures/bad-xml.md")])).toEqual([]);
    const guarded = "```yaml $(tag) == 'x'\nbatch:\n  - tag: y\n```\n";
    expect(call("batchEntries", [guarded])).toBeNull();
  });
});

describe("inputFiles", () => {
  it("lists the specs of the sections the batch runs, resolved from the config's folder", () => {
    const config = [
      "```yaml\nbatch:\n  - tag: a\n```",
      "```yaml $(tag) == 'a'\ninput-file:\n  - $(this-folder)/specs/a.json\n  - https://example.com/b.json\n```",
      "```yaml $(tag) == 'off'\ninput-file: specs/off.json\n```",
    ].join("\n");
    expect(call("inputFiles", ["/cfg/autorest.md", config])).toEqual([
      { file: "/cfg/specs/a.json", tag: "a" },
    ]);
  });
});

describe("inputFileWarnings", () => {
  it("names what the client may get wrong in silence, bounded", () => {
    const dir = mkdtempSync(join(tmpdir(), "generate-warn-"));
    try {
      const file = join(dir, "spec.json");
      writeFileSync(
        file,
        JSON.stringify({
          swagger: "2.0",
          securityDefinitions: {
            b: { type: "basic" },
            k: { type: "apiKey", in: "header", name: "k" },
          },
          paths: {
            "/things": {
              parameters: [],
              post: {
                operationId: "Things_Create",
                security: [{ k: [] }],
                responses: {
                  "200": { $ref: "#/responses/Ok" },
                  "202": { $ref: "./common.json#/responses/202Async" },
                  default: { description: "error" },
                },
              },
            },
          },
          "x-ms-paths": {
            "/things?op=x": { get: { responses: { default: { description: "e" } } } },
          },
        }),
      );
      const warnings = call("inputFileWarnings", [file]) as string[];
      expect(warnings.map((w) => w.replace(`${file}: `, ""))).toEqual([
        expect.stringMatching(/^POST \/things declares security of its own/),
        expect.stringMatching(
          /^response 202 of POST \/things is a \$ref to another file \(\.\/common\.json/,
        ),
        expect.stringMatching(/^GET \/things\?op=x has no operationId/),
        expect.stringMatching(/^security scheme b is basic auth/),
      ]);
      const many = join(dir, "many.json");
      const paths = Object.fromEntries(
        Array.from({ length: 15 }, (_, i) => [`/p${i}`, { get: { responses: {} } }]),
      );
      writeFileSync(many, JSON.stringify({ swagger: "2.0", paths }));
      const bounded = call("inputFileWarnings", [many]) as string[];
      expect(bounded).toHaveLength(11);
      expect(bounded[10]).toBe(`${many}: … 5 more warnings`);
      expect(call("inputFileWarnings", [join(dir, "missing.json")])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("installedCore", () => {
  let home = "";
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), "autorest-home-"))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const config = "```yaml\nversion: 3.10.9\n```\n";

  it("finds the core the config's version names where the AutoRest CLI installs it", () => {
    const dir = join(home, ".autorest/@autorest_core@3.10.9/node_modules/@autorest/core");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "@autorest/core", version: "3.10.9" }),
    );
    expect(call("installedCore", [config], { AUTOREST_HOME: home })).toBe(dir);
  });

  it("is undefined when that core is not installed, or the config pins no exact version", () => {
    expect(call("installedCore", [config], { AUTOREST_HOME: home })).toBeNull();
    expect(call("installedCore", ["```yaml\nversion: ^3.10.0\n```\n"])).toBeNull();
  });
});

/** A scratch folder with a config of one batch entry per spec, and an output folder to keep. */
class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "generate-failures-"));
  readonly out = join(this.dir, "out");

  constructor(specs: Record<string, { file: string; text: string }>) {
    for (const { file, text } of Object.values(specs)) {
      if (text) writeFileSync(join(this.dir, file), text);
    }
    const tags = Object.keys(specs);
    const config = [
      "```yaml",
      "version: 3.10.9",
      'use-extension:\n  "@autorest/modelerfour": "4.27.3"',
      `use: ${join(repoRoot, "emitter")}`,
      "rlc-emitter: true",
      "generated-root: ./out",
      "package-version: 1.0.0",
      "```",
      "```yaml",
      `batch:\n${tags.map((tag) => `  - tag: ${tag}`).join("\n")}`,
      "```",
      ...tags.map((tag) =>
        [
          `\`\`\`yaml $(tag) == '${tag}'`,
          `input-file:\n  - ${specs[tag]!.file}`,
          `title: ${tag}Client`,
          `package-name: "@azure-rest/${tag}"`,
          `output-folder: $(generated-root)/${tag}`,
          "```",
        ].join("\n"),
      ),
    ].join("\n");
    writeFileSync(join(this.dir, "config.md"), `# Failing batch\n\n${config}\n`);
    mkdirSync(join(this.out, "previous"), { recursive: true });
    writeFileSync(join(this.out, "previous/keep.ts"), "// earlier output\n");
  }

  /** `node scripts/generate.mjs --config <config> --out <out>`: exit status and output. */
  generate(): { status: number | null; output: string } {
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, "scripts/generate.mjs"),
        "--config",
        join(this.dir, "config.md"),
        "--out",
        this.out,
      ],
      { cwd: repoRoot, encoding: "utf8" },
    );
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  /** Whether the output folder holds what it held before, and nothing else. */
  untouched(): boolean {
    return (
      readdirSync(this.out).join() === "previous" &&
      readFileSync(join(this.out, "previous/keep.ts"), "utf8") === "// earlier output\n"
    );
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const swagger = (body: object, version: unknown = "2.0"): string =>
  JSON.stringify(
    { swagger: version, info: { title: "T", version: "1.0" }, host: "example.com", ...body },
    null,
    2,
  );

/** The lines of the report under `section '<tag>'`, up to the next section's. */
function reportOf(output: string, tag: string): string {
  const start = output.indexOf(`section '${tag}'`);
  if (start === -1) return "";
  const next = output.indexOf("\nsection '", start + 1);
  return output.slice(start, next === -1 ? undefined : next);
}

describe("a batch whose sections AutoRest rejects", () => {
  let ws: Workspace;
  afterEach(() => ws.remove());

  it("reports every failed section with its own reasons and where they are, and keeps the output", () => {
    const ok = { description: "ok" };
    ws = new Workspace({
      // Two operations with the same generated name: AutoRest lists their paths under its error.
      duplicate: {
        file: "duplicate.json",
        text: swagger({
          produces: ["application/json"],
          paths: {
            "/a": { get: { tags: ["T"], responses: { 200: ok } } },
            "/b": { get: { tags: ["T"], responses: { 200: ok } } },
          },
        }),
      },
      // A $ref to nothing: AutoRest gives the file, line and column under its error.
      dangling: {
        file: "dangling.json",
        text: swagger({
          produces: ["application/json"],
          paths: {
            "/c": {
              get: {
                operationId: "C_Get",
                responses: { 200: { ...ok, schema: { $ref: "#/definitions/Missing" } } },
              },
            },
          },
        }),
      },
    });
    const run = ws.generate();
    expect(run.status).toBe(1);
    expect(run.output).toContain("(2 failures)");
    expect(reportOf(run.output, "duplicate")).toMatch(
      /DuplicateOperation .*Duplicates have those paths:\n\s+- get \/a\n\s+- get \/b\n/,
    );
    expect(reportOf(run.output, "duplicate")).not.toContain("Missing");
    expect(reportOf(run.output, "dangling")).toMatch(
      /InvalidRef .*#\/definitions\/Missing.*\n\s+- file:\/\/\S*dangling\.json:\d+:\d+/,
    );
    expect(ws.untouched()).toBe(true);
  }, 120_000);
});

describe("spec files generate cannot use", () => {
  let ws: Workspace;
  afterEach(() => ws.remove());

  it("are named, each with its problem, before AutoRest runs, and the output is kept", () => {
    const paths = {
      "/a": { get: { operationId: "A_Get", responses: { 200: { description: "ok" } } } },
    };
    ws = new Workspace({
      number: { file: "number.json", text: swagger({ paths }, 2.0) },
      yaml: {
        file: "number.yaml",
        text: 'swagger: 2.0\ninfo: { title: T, version: "1.0" }\npaths: {}\n',
      },
      broken: { file: "broken.json", text: '{\n  "swagger": "2.0",\n  "paths": {\n}\n' },
      missing: { file: "missing.json", text: "" },
      fine: { file: "fine.json", text: swagger({ paths }) },
    });
    const run = ws.generate();
    expect(run.status).toBe(1);
    const lines = run.output.split("\n");
    const about = (file: string): string[] => lines.filter((l) => l.includes(join(ws.dir, file)));
    expect(about("number.json")).toEqual([
      expect.stringContaining(
        `(section 'number'): "swagger" must be the string "2.0" (found the number 2)`,
      ),
    ]);
    expect(about("number.yaml")).toEqual([
      expect.stringContaining(`"swagger" must be the string "2.0" (found the number 2)`),
    ]);
    expect(about("broken.json")).toEqual([
      expect.stringMatching(/is not JSON: .*\(line 5, column 1\)/),
    ]);
    expect(about("missing.json")).toEqual([
      expect.stringContaining("(section 'missing'): no such file"),
    ]);
    expect(about("fine.json")).toEqual([]);
    expect(run.output).not.toContain("AutoRest failed");
    expect(ws.untouched()).toBe(true);
  });
});

describe("failuresIn", () => {
  it("keeps the lines under an error, bounded, without stack frames", () => {
    const output = [
      "info    | Loading AutoRest core",
      "error   | Huge | a dump follows:",
      ...Array.from({ length: 500 }, (_, i) => `  - item ${i}`),
      "warning | not a reason",
      "  - not a reason either",
      "error   | Crash | TypeError: boom",
      "    at Object.<anonymous> (/x.js:1:1)",
      `error   | Long | ${"x".repeat(10_000)}`,
      ...Array.from({ length: 200 }, (_, i) => `error   | Many | error ${i}`),
      "error   | AutoRest failed for section 'a' (spec a.json)",
    ].join("\n");
    const [failure, ...others] = call("failuresIn", [output, "the run"]) as [
      { what: string; reasons: string[] },
      ...unknown[],
    ];
    expect(others).toEqual([]);
    expect(failure.what).toBe("section 'a' (spec a.json)");
    const [huge, crash, long] = failure.reasons as [string, string, string];
    expect(huge.split("\n")).toHaveLength(1 + 20 + 1);
    expect(huge).toContain("  - item 19\n  … 480 more lines");
    expect(crash).toBe("error   | Crash | TypeError: boom");
    expect(long.length).toBeLessThan(500);
    expect(long).toMatch(/… \(\d+ more characters\)$/);
    expect(failure.reasons).toHaveLength(31);
    expect(failure.reasons[30]).toBe("… 173 more errors");
    expect(failure.reasons.join("\n")).not.toContain("not a reason");
  });
});
