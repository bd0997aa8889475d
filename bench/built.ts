/**
 * The packages as built (`dist/`, what an install and the bins run), for the sections that
 * measure this project's own speed: the TypeScript sources through tsx are a development
 * convenience whose loader and module wrapping no user pays (about 5% of the emulator's
 * requests/s, 7% of a validation, measured side by side).
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

/**
 * `npm run build -- --no-check`: a no-op when the sources have not changed since the last build,
 * checked or not (the tests' build is unchecked); the bench needs the emitted JavaScript, which the
 * type check does not change.
 */
export function ensureBuilt(): void {
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--no-check"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** A module of a built package, e.g. `conformance/dist/validator/index.js`, built first. */
export function loadBuilt<T>(path: string): T {
  ensureBuilt();
  return createRequire(join(ROOT, "package.json"))(join(ROOT, path)) as T;
}
