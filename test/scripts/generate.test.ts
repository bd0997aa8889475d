/**
 * scripts/generate.mjs's reading of a config: which AutoRest runs a config asks for (its batch,
 * per part) and where the AutoRest core it pins is installed. Generation itself is covered by
 * test/emitter (bad inputs, the corpus) and test/generated.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    expect(a).toHaveLength(18);
    expect(a).toContainEqual({ tag: "additional-properties" });
    expect(b).toHaveLength(17);
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
