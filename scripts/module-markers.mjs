#!/usr/bin/env node
// Writes dist/esm/package.json ({"type":"module"}) and dist/commonjs/package.json
// ({"type":"commonjs"}) under the folder given, so Node reads each build in its own module system
// whatever the package's own "type" says. Usage: node scripts/module-markers.mjs <dist folder>
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dist = resolve(process.argv[2] ?? "dist");
for (const [folder, type] of [
  ["esm", "module"],
  ["commonjs", "commonjs"],
]) {
  if (existsSync(join(dist, folder))) {
    writeFileSync(join(dist, folder, "package.json"), `${JSON.stringify({ type })}\n`);
  }
}
