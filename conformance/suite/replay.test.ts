/**
 * Recordings (conformance/fixtures/recordings, made against the emulator and redacted) replayed
 * with nock through src's clients and the same validation policy as live calls.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { WELL_KNOWN_CREDENTIALS } from "../../emulator/index.js";
import { isOperationFailedError, waitForOperation } from "../../src/index.js";
import type { RecordedScenario } from "../fixtures/scenarios.js";
import { findCredentialLeaks, replay } from "../live/recording.js";
import { FAST_WAIT, useRecorder } from "./helpers/context.js";

const recorder = useRecorder("replay");
const DIR = path.join(__dirname, "../fixtures/recordings");
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const brief = (list: readonly { code: string; location: string; pointer: string }[]) =>
  list.map((v) => `${v.code} ${v.location} ${v.pointer}`).sort();

describe("recorded exchanges, replayed", () => {
  test("there are recordings of both APIs", () => {
    const apis = files.map(
      (f) => (JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as RecordedScenario).api,
    );
    expect([...new Set(apis)].sort()).toEqual(["dataRegistry", "dataset"]);
  });

  test.each(files)("%s holds no credential", (file) => {
    const text = readFileSync(path.join(DIR, file), "utf8");
    expect(findCredentialLeaks(text, Object.values(WELL_KNOWN_CREDENTIALS))).toEqual([]);
  });

  test.each(files)("%s: exactly the recorded expectations", async (file) => {
    const recording = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as RecordedScenario;
    const scope = String(recording.definitions[0]?.scope);
    const clients = await recorder.clients(scope, {
      scheme: "subscriptionKey",
      key: WELL_KNOWN_CREDENTIALS.subscriptionKey,
    });
    const done = replay(recording.definitions);
    let pending: string[];
    try {
      const wait =
        recording.api === "dataset"
          ? waitForOperation(clients.dataset, recording.operationId, FAST_WAIT)
          : waitForOperation(clients.dataRegistry, recording.operationId, FAST_WAIT);
      await wait.catch((error: unknown) => {
        if (!isOperationFailedError(error)) throw error;
      });
    } finally {
      pending = done();
    }
    const exchanges = clients.exchanges();
    const expected = recording.expectedViolations.length > 0;
    recorder.add(`replay: ${file}`, exchanges, expected);
    expect(pending).toEqual([]);
    expect(exchanges.map((e) => e.status)).toEqual(recording.definitions.map((d) => d.status));
    expect(brief(exchanges.flatMap((e) => e.violations))).toEqual(
      brief(recording.expectedViolations),
    );
  });
});
