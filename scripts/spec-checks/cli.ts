import { findSpecFiles, runSpecChecks } from "./index.js";

/** `npm run check:specs [files...]`: runs every spec check, prints a summary, exits 1 on any finding. */
async function main(argv: string[]): Promise<number> {
  const files = argv.length > 0 ? argv : findSpecFiles();
  if (files.length === 0) {
    console.error(
      "check:specs: no spec files found under specs/data-plane/<Service>/<stability>/<api-version>/",
    );
    return 2;
  }
  const runs = await runSpecChecks(files);
  let failed = 0;
  for (const { check, file, findings } of runs) {
    const verdict = findings.length === 0 ? "ok  " : "FAIL";
    console.log(`${verdict} ${check.name.padEnd(20)} ${file}  (${check.describes})`);
    for (const f of findings) {
      console.log(`       ${f.file}#${f.pointer} [${f.code}] ${f.message}`);
    }
    failed += findings.length > 0 ? 1 : 0;
  }
  console.log(
    `spec checks: ${runs.length - failed} passed, ${failed} failed (${files.length} specs x ${runs.length / files.length} checks)`,
  );
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:specs: ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
