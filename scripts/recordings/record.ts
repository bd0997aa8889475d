/**
 * `npx tsx scripts/recordings/record.ts`: re-records conformance/fixtures/recordings/ against a
 * fresh emulator. Secrets are redacted before writing, and a file with a leak is never written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmulator, WELL_KNOWN_CREDENTIALS } from "../../emulator/index.js";
import { findCredentialLeaks } from "../../conformance/live/recording.js";
import { recordScenarios } from "./scenarios.js";

const OUT = path.join(__dirname, "../../conformance/fixtures/recordings");

async function main(): Promise<number> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const passThrough = {
      name: "noValidation",
      sendRequest: <T>(r: T, next: (r: T) => unknown) => next(r),
    };
    const recorded = await recordScenarios(emulator, passThrough as never);
    mkdirSync(OUT, { recursive: true });
    for (const { name, ...recording } of recorded) {
      const text = `${JSON.stringify(recording, null, 2)}\n`;
      const leaks = findCredentialLeaks(text, Object.values(WELL_KNOWN_CREDENTIALS));
      if (leaks.length > 0) {
        console.error(`record: ${name} not written: ${leaks.join("; ")}`);
        return 1;
      }
      writeFileSync(path.join(OUT, `${name}.json`), text);
      console.log(`record: ${name}.json (${recording.definitions.length} exchanges)`);
    }
    return 0;
  } finally {
    await emulator.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`record: ${(error as Error).message}`);
    process.exit(1);
  },
);
