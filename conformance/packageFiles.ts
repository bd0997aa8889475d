/**
 * Files the conformance package ships next to its code: the bundled Maps specs and recordings.
 * Found from this file, so they resolve from an install (node_modules/maps-operations-conformance)
 * and from the checkout, whatever the working directory.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const PACKAGE_NAME = "maps-operations-conformance";

/** The folder of this package's package.json (the sources' or dist's parent). */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === PACKAGE_NAME
        ) {
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    if (path.dirname(dir) === dir) return path.resolve(__dirname, "..");
  }
}

const ROOT = packageRoot();

/**
 * The specs folder: the repository's own `specs/` in a checkout (the build's copy could be stale),
 * else the copy the package was built with.
 */
export const SPECS_DIR = existsSync(path.join(ROOT, "..", "autorest.md"))
  ? path.join(ROOT, "..", "specs")
  : path.join(ROOT, "specs");

export const BUNDLED_SPEC_PATHS: readonly string[] = Object.freeze([
  path.join(SPECS_DIR, "data-plane/Creator/stable/2.0/dataset.json"),
  path.join(SPECS_DIR, "data-plane/DataRegistry/stable/2023-06-01/dataregistry.json"),
]);

export const BUNDLED_RECORDINGS_DIR = path.join(ROOT, "fixtures", "recordings");
