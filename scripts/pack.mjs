#!/usr/bin/env node
// Builds every package and packs each into a tarball: the way to install them while they are not
// on the registry. Usage: npm run pack:all [-- --out <folder>] (default: ./packages).
// Then, in another project: npm install <folder>/maps-operations-rest-<version>.tgz
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const out = resolve(outIndex === -1 ? join(root, "packages") : (process.argv[outIndex + 1] ?? ""));
const skipBuild = process.argv.includes("--no-build");

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
if (!skipBuild) build();
mkdirSync(out, { recursive: true });
// One npm process for all of them (a start of npm costs most of a pack's time).
const printed = execFileSync(
  "npm",
  ["pack", "--silent", "--pack-destination", out, ...manifest.workspaces.flatMap((w) => ["-w", w])],
  { cwd: root, encoding: "utf8" },
);
for (const tarball of printed.trim().split("\n")) console.log(join(out, tarball.trim()));
