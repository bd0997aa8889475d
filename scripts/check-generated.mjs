#!/usr/bin/env node
// Fails (exit 1, with a diff) when the committed generated/ is not what autorest.md and the
// emitter produce today. Regenerates into a scratch folder; generated/ itself is never touched.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "generated");

mkdirSync(join(root, ".tmp"), { recursive: true });
const scratch = mkdtempSync(join(root, ".tmp", "check-generated-"));
let exitCode = 0;
try {
  const fresh = join(scratch, "generated");
  generate({ config: join(root, "autorest.md"), out: fresh });
  const diff = spawnSync("git", ["diff", "--no-index", "--", committed, fresh], {
    encoding: "utf8",
  });
  if (diff.status !== 0) {
    console.error("check:generated: generated/ is stale; run `npm run generate` and commit.\n");
    console.error(diff.stdout || diff.stderr);
    exitCode = 1;
  } else {
    console.log("check:generated: generated/ is up to date");
  }
} catch (error) {
  console.error(`check:generated: ${error.message}`);
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
