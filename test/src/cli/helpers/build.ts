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

export const ROOT = resolve(__dirname, "../../../..");
export const BIN = join(ROOT, "dist/commonjs/src/cli/bin.js");
const STAMP = join(ROOT, "dist/.cli-test-sources.sha256");
/** Everything `npm run build` reads for the CLI. */
const INPUTS = ["src", "generated", "emulator"];
const CONFIGS = [
  "package.json",
  "tsconfig.json",
  "tsconfig.build.cjs.json",
  "tsconfig.build.esm.json",
];

/**
 * Builds dist once per change of the sources: the stamp is a hash of their content (not their
 * times), so a dist built from other sources is rebuilt and can never make a test pass wrongly.
 * Test files run in parallel workers; a lock directory keeps them from building at once.
 */
export async function ensureBuilt(): Promise<void> {
  const hash = sourcesHash();
  if (isBuilt(hash)) return;
  const lock = join(
    tmpdir(),
    `maps-operations-cli-build-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.lock`,
  );
  await acquire(lock);
  try {
    if (isBuilt(hash)) return;
    rmSync(STAMP, { force: true });
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
    writeFileSync(STAMP, `${hash}\n`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isBuilt(hash: string): boolean {
  return existsSync(BIN) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash;
}

export function sourcesHash(): string {
  const hash = createHash("sha256");
  const files = [
    ...INPUTS.flatMap((dir) => listFiles(join(ROOT, dir))),
    ...CONFIGS.map((f) => join(ROOT, f)),
  ];
  for (const file of files.sort()) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith(".ts") || entry.name.endsWith(".json") ? [path] : [];
  });
}

async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock left by a killed run is older than any build.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000)
          rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
