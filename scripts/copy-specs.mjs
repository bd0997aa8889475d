#!/usr/bin/env node
// Copies the Swagger specs (and their examples) from the repository's specs/ into the folder
// given, for the conformance package, which ships them as its default specs. The copy is build
// output (git-ignored); specs/ stays the only source. Usage: node scripts/copy-specs.mjs <dest>
import { cpSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dest = resolve(process.argv[2] ?? "specs");
rmSync(dest, { recursive: true, force: true });
cpSync(join(root, "specs"), dest, { recursive: true });
