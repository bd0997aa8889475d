#!/usr/bin/env node
// The public API report of each published package (api-extractor), committed as
// <package>/review/<name>.api.md so that a change of the public surface shows in review.
//   npm run api:update   builds the packages and rewrites the reports
//   npm run check:api    builds, regenerates into a scratch folder and fails with a diff when a
//                        committed report differs (CI)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { Extractor, ExtractorConfig } = require("@microsoft/api-extractor");
const prettier = await import("prettier");
const check = process.argv.includes("--check");

/** Each package's folder and the declaration file of its entry point. */
const PACKAGES = [
  { folder: "rest", entry: "dist/esm/src/index.d.ts", tsconfig: "tsconfig.esm.json" },
  { folder: "conformance", entry: "dist/index.d.ts", tsconfig: "tsconfig.build.json" },
  { folder: "emulator", entry: "dist/index.d.ts", tsconfig: "tsconfig.build.json" },
  { folder: "cli", entry: "dist/index.d.ts", tsconfig: "tsconfig.build.json" },
];

build();
const scratch = join(root, ".tmp", "api-extractor");
rmSync(scratch, { recursive: true, force: true });
let stale = 0;
for (const pkg of PACKAGES) {
  const folder = join(root, pkg.folder);
  const name = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")).name;
  const work = join(scratch, pkg.folder);
  mkdirSync(work, { recursive: true });
  const reportFolder = check ? join(work, "report") : join(folder, "review");
  mkdirSync(reportFolder, { recursive: true });
  const config = {
    projectFolder: folder,
    mainEntryPointFilePath: `<projectFolder>/${pkg.entry}`,
    bundledPackages: [],
    compiler: { tsconfigFilePath: `<projectFolder>/${pkg.tsconfig}` },
    apiReport: {
      enabled: true,
      reportFolder,
      reportTempFolder: join(work, "temp"),
      reportFileName: name,
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      extractorMessageReporting: {
        default: { logLevel: "warning" },
        "ae-missing-release-tag": { logLevel: "none" },
      },
      tsdocMessageReporting: { default: { logLevel: "none" } },
    },
  };
  // The programmatic API: the config lives in a scratch folder, and the package.json it reports
  // on must be the package's own (the bin would take the nearest one above the config file).
  const prepared = ExtractorConfig.prepare({
    configObject: config,
    configObjectFullPath: join(work, "api-extractor.json"),
    packageJsonFullPath: join(folder, "package.json"),
  });
  let undocumented = 0;
  const result = Extractor.invoke(prepared, {
    localBuild: true,
    messageCallback: (message) => {
      message.handled = true;
      if (message.messageId === "ae-undocumented") undocumented += 1;
      // In check mode the report is written to a scratch folder: "missing, created" is expected.
      else if (message.messageId === "console-api-report-created") return;
      else if (message.logLevel === "warning" || message.logLevel === "error") {
        console.error(`api-report: ${name}: ${message.text}`);
      }
    },
  });
  if (undocumented > 0) console.log(`api-report: ${name}: ${undocumented} undocumented item(s)`);
  if (!result.succeeded) {
    console.error(`api-report: api-extractor failed for ${name}`);
    process.exit(1);
  }
  const report = join(reportFolder, `${name}.api.md`);
  // Formatted like the committed file (Prettier's API: the scratch folder is .prettierignored).
  const options = (await prettier.resolveConfig(join(folder, "review", "x.md"))) ?? {};
  writeFileSync(
    report,
    await prettier.format(readFileSync(report, "utf8"), { ...options, parser: "markdown" }),
  );
  if (check) {
    const committed = join(folder, "review", `${name}.api.md`);
    const diff = spawnSync("git", ["diff", "--no-index", "--", committed, report], {
      encoding: "utf8",
    });
    if (diff.status !== 0) {
      stale += 1;
      console.error(
        `api-report: ${pkg.folder}/review/${name}.api.md is stale (npm run api:update):`,
      );
      console.error(diff.stdout || diff.stderr);
    } else {
      console.log(`api-report: ${name} matches its committed report`);
    }
  } else {
    console.log(`api-report: wrote ${pkg.folder}/review/${name}.api.md`);
  }
}
process.exit(stale === 0 ? 0 : 1);
