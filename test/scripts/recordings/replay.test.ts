/**
 * The committed recordings (conformance/fixtures/recordings, made against the emulator by
 * scripts/recordings/record.ts) replayed with nock through the library's clients and the
 * validation policy: the client sees exactly the recorded answers, and the policy reports exactly
 * the recording's expected violations, the same ones the conformance package's offline check finds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type nock from "nock";
import { authSecrets, createLiveClients } from "../../../conformance/live/clients.js";
import { createMemorySink, createValidationPolicy } from "../../../conformance/live/index.js";
import type { LiveAuth } from "../../../conformance/live/target.js";
import type { ExpectedViolation } from "../../../conformance/mutations/index.js";
import { createValidator } from "../../../conformance/validator/index.js";
import { WELL_KNOWN_CREDENTIALS } from "../../../emulator/index.js";
import { replay } from "../../../scripts/recordings/nock.js";
import { isOperationFailedError, waitForOperation } from "../../../src/index.js";

const DIR = path.join(__dirname, "../../../conformance/fixtures/recordings");
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const brief = (list: readonly { code: string; location: string; pointer: string }[]) =>
  list.map((v) => `${v.code} ${v.location} ${v.pointer}`).sort();
const FAST_WAIT = { intervalInMs: 1, minIntervalInMs: 1, retryDelayInMs: 1, maxRetries: 3 };
const validator = createValidator();

interface RecordingFile {
  api: "dataset" | "dataRegistry";
  operationId: string;
  expectedViolations: ExpectedViolation[];
  definitions: nock.Definition[];
}

test("there are recordings of both APIs", () => {
  const apis = files.map(
    (f) => (JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as RecordingFile).api,
  );
  expect([...new Set(apis)].sort()).toEqual(["dataRegistry", "dataset"]);
});

test.each(files)(
  "%s: the client sees the recorded answers, with the expected violations",
  async (file) => {
    const recording = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as RecordingFile;
    const auth: LiveAuth = {
      scheme: "subscriptionKey",
      key: WELL_KNOWN_CREDENTIALS.subscriptionKey,
    };
    const sink = createMemorySink();
    const clients = await createLiveClients(
      { auth, geography: "us" },
      String(recording.definitions[0]?.scope),
      createValidationPolicy(validator, { sink, secrets: authSecrets(auth) }),
    );
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
    expect(pending).toEqual([]);
    expect(sink.exchanges.map((e) => e.status)).toEqual(recording.definitions.map((d) => d.status));
    expect(brief(sink.violations())).toEqual(brief(recording.expectedViolations));
  },
);
