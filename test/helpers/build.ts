/**
 * The packages built and packed once per change of their sources, for every test that runs them
 * as a user would: the built CLI, tarballs, installs into empty projects. The build's stamp is a
 * hash of the sources' content (not their times), so a build from other sources is redone and can
 * never make a test pass wrongly; packs and installs are kept per hash. Test files run in parallel
 * workers; a lock keeps them from building, packing or installing the same thing at once.
 */
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
/** The built CLI in the checkout (its dependencies are the workspace's). */
export const BIN = join(ROOT, "cli/dist/bin.js");
/** Written by scripts/build.mjs: the hash of everything the build read. */
const STAMP = join(ROOT, "cli/dist/.build-inputs.sha256");

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

let built = false;
/**
 * `npm run build -- --no-check`, which does nothing when its inputs have not changed since the
 * last build. Types are not checked here: `npm run typecheck` does that for the whole tree.
 */
export async function ensureBuilt(): Promise<void> {
  if (built) return;
  // The build takes its own lock against parallel workers; waiting must not block this one's
  // event loop (a test file's servers keep running meanwhile).
  await new Promise<void>((done, fail) =>
    execFile(
      process.execPath,
      [join(ROOT, "scripts/build.mjs"), "--no-check"],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => (error ? fail(new Error(`build failed: ${stderr}`)) : done()),
    ),
  );
  built = true;
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

/**
 * All four packages and `@azure/core-auth` in one empty project: what a pipeline installs to run
 * the contract check (library, conformance, emulator) and the CLI. Shared by the CLI and the
 * downstream tests (one install instead of two); the library's own closure is checked alone.
 */
export function toolsProject(): Promise<string> {
  return installedProject(
    "tools",
    ["rest", "conformance", "emulator", "cli"],
    ["@azure/core-auth"],
  );
}

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, "rest/package.json"), "utf8")) as { version: string })
    .version;
}

/** The hash of the sources the current build was made from (valid after `ensureBuilt`). */
export function sourcesHash(): string {
  return readFileSync(STAMP, "utf8").trim().split(" ")[0]!;
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
