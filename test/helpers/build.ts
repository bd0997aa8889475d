/**
 * The packages built and packed once per change of their sources, for every test that runs them
 * as a user would: the built CLI, tarballs, installs into empty projects. The stamp is a hash of
 * the sources' content (not their times), so a build from other sources is redone and can never
 * make a test pass wrongly. Test files run in parallel workers; a lock keeps them from building,
 * packing or installing the same thing at once.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
/** The built CLI in the checkout (its dependencies are the workspace's). */
export const BIN = join(ROOT, "cli/dist/bin.js");
const STAMP = join(ROOT, "cli/dist/.test-sources.sha256");
/** Everything `npm run build` reads. */
const INPUTS = ["src", "generated", "emulator", "conformance", "cli/src", "specs"];
const CONFIGS = [
  "package.json",
  "tsconfig.json",
  "rest/package.json",
  "rest/tsconfig.esm.json",
  "rest/tsconfig.cjs.json",
  "conformance/tsconfig.build.json",
  "emulator/tsconfig.build.json",
  "cli/package.json",
  "cli/tsconfig.build.json",
  "scripts/copy-specs.mjs",
  "scripts/module-markers.mjs",
];
const SKIP = new Set(["dist", "node_modules", "specs", "review"]);

export type PackageName = "rest" | "conformance" | "emulator" | "cli";
export const PACKAGE_NAMES: Record<PackageName, string> = {
  rest: "maps-operations-rest",
  conformance: "maps-operations-conformance",
  emulator: "maps-operations-emulator",
  cli: "maps-operations-cli",
};

/** Per checkout and per sources: parallel checkouts never share a lock or a folder. */
function workDir(): string {
  const dir = join(
    tmpdir(),
    `maps-operations-tests-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}`,
  );
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function ensureBuilt(): Promise<void> {
  const hash = sourcesHash();
  if (isBuilt(hash)) return;
  await withLock("build", () => {
    if (isBuilt(hash)) return;
    rmSync(STAMP, { force: true });
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
    writeFileSync(STAMP, `${hash}\n`);
  });
}

/** Tarballs of the four packages, as `npm run pack:all` makes them. */
export async function packedTarballs(): Promise<Record<PackageName, string>> {
  await ensureBuilt();
  const dir = join(workDir(), `packs-${sourcesHash().slice(0, 16)}`);
  const want = (name: PackageName) => join(dir, `${PACKAGE_NAMES[name]}-${version()}.tgz`);
  const all = Object.fromEntries(
    (Object.keys(PACKAGE_NAMES) as PackageName[]).map((name) => [name, want(name)]),
  ) as Record<PackageName, string>;
  if (Object.values(all).every((file) => existsSync(file))) return all;
  await withLock("pack", () => {
    if (Object.values(all).every((file) => existsSync(file))) return;
    rmSync(dir, { recursive: true, force: true });
    execFileSync("node", [join(ROOT, "scripts/pack.mjs"), "--no-build", "--out", dir], {
      cwd: ROOT,
      stdio: "ignore",
    });
  });
  return all;
}

/**
 * An empty project (outside the checkout, so nothing resolves from the workspace's node_modules)
 * with these packages installed from their tarballs and the registry, as a user would. Shared by
 * the test files that ask for the same set; `extra` are registry packages to add.
 */
export async function installedProject(
  name: string,
  packages: readonly PackageName[],
  extra: readonly string[] = [],
): Promise<string> {
  const tarballs = await packedTarballs();
  const dir = join(workDir(), `project-${name}-${sourcesHash().slice(0, 16)}`);
  const done = join(dir, ".installed");
  if (existsSync(done)) return dir;
  await withLock(`install-${name}`, () => {
    if (existsSync(done)) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "package.json"),
      `${JSON.stringify({ name: `scratch-${name}`, private: true, version: "0.0.0" }, null, 2)}\n`,
    );
    execFileSync(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--loglevel=error",
        ...packages.map((p) => tarballs[p]),
        ...extra,
      ],
      { cwd: dir, stdio: ["ignore", "ignore", "pipe"] },
    );
    writeFileSync(done, "");
  });
  return dir;
}

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, "rest/package.json"), "utf8")) as { version: string })
    .version;
}

function isBuilt(hash: string): boolean {
  return existsSync(BIN) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash;
}

let cachedHash: string | undefined;
export function sourcesHash(): string {
  if (cachedHash !== undefined) return cachedHash;
  const hash = createHash("sha256");
  const files = [
    ...INPUTS.flatMap((dir) => listFiles(join(ROOT, dir), dir === "specs")),
    ...CONFIGS.map((f) => join(ROOT, f)),
  ];
  for (const file of files.sort()) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  cachedHash = hash.digest("hex");
  return cachedHash;
}

function listFiles(dir: string, all: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return !all && SKIP.has(entry.name) ? [] : listFiles(path, all);
    return /\.(ts|json|md)$/.test(entry.name) ? [path] : [];
  });
}

async function withLock(name: string, fn: () => void): Promise<void> {
  const lock = join(workDir(), `${name}.lock`);
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build or install.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) {
          rmSync(lock, { recursive: true, force: true });
        }
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
