import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Finds the Swagger documents under a specs root laid out as azure-rest-api-specs does:
 * `<root>/data-plane/<Service>/<stable|preview>/<api-version>/<file>.json`, skipping `examples/`.
 */
export function findSpecFiles(root = "specs"): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry !== "examples") walk(full);
      } else if (
        entry.endsWith(".json") &&
        /[/\\](stable|preview)[/\\][^/\\]+[/\\][^/\\]+$/.test(full)
      ) {
        found.push(relative(process.cwd(), full));
      }
    }
  };
  walk(root);
  return found;
}
