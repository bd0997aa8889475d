/**
 * The recorded scenarios: each drives one client through `waitForOperation` against an emulator
 * while nock records, and says which violations its replay must produce. Ids and timestamps are
 * fixed so that re-recording changes only the port.
 */
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { WELL_KNOWN_CREDENTIALS, type OperationInput } from "../../emulator/index.js";
import { waitForOperation } from "../../src/index.js";
import { createLiveClients } from "../../conformance/live/clients.js";
import type { Recording } from "../../conformance/live/recording.js";
import { startRecording } from "./nock.js";
import type { LiveAuth } from "../../conformance/live/target.js";
import type { ExpectedViolation } from "../../conformance/mutations/index.js";

export interface RecordedScenario extends Recording {
  /** What the validator must report when the recording is replayed. */
  readonly expectedViolations: readonly ExpectedViolation[];
}

interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly auth: LiveAuth;
  readonly operation: OperationInput & { id: string };
  readonly expectedViolations: readonly ExpectedViolation[];
}

const KEY: LiveAuth = { scheme: "subscriptionKey", key: WELL_KNOWN_CREDENTIALS.subscriptionKey };
const SAS: LiveAuth = { scheme: "sas", token: WELL_KNOWN_CREDENTIALS.sasToken };
const CREATED = "2021-04-23T19:14:03.2452596+00:00";

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "dataset-succeeded",
    title: "Dataset: NotStarted, Running, Succeeded with Resource-Location (subscription key)",
    auth: KEY,
    operation: {
      api: "dataset",
      id: "rec-dataset-succeeded",
      created: CREATED,
      resourceId: "3e36b996-f6d1-b068-0fcb-dd6b014c3447",
    },
    expectedViolations: [],
  },
  {
    name: "dataset-failed",
    title: "Dataset: Running, then Failed with an error (subscription key)",
    auth: KEY,
    operation: {
      api: "dataset",
      id: "rec-dataset-failed",
      created: CREATED,
      steps: [{ status: "Running", polls: 1 }],
      outcome: { status: "Failed", error: { code: "InvalidData", message: "Bad file." } },
    },
    expectedViolations: [],
  },
  {
    name: "data-registry-throttled",
    title: "Data Registry: a 429, then Running and Completed (SAS token)",
    auth: SAS,
    operation: {
      api: "dataRegistry",
      id: "1f0e5c8a-4a7e-4d2b-9c1d-2b7a3e0f9a11",
      retryAfter: 0,
      faults: [{ kind: "throttle", retryAfter: 0 }],
    },
    expectedViolations: [],
  },
  {
    name: "data-registry-wrong-type",
    title: "Data Registry: a numeric id (wrongType fault), then Completed (subscription key)",
    auth: KEY,
    operation: {
      api: "dataRegistry",
      id: "7c9d2e41-0b3a-4f5e-8d6c-1a2b3c4d5e6f",
      retryAfter: 0,
      faults: [{ kind: "wrongType" }],
    },
    expectedViolations: [{ code: "INVALID_TYPE", location: "body", pointer: "/id" }],
  },
];

export interface ScenarioHost {
  readonly url: string;
  createOperation(input: OperationInput): unknown;
}

/** Records every scenario against `host`; secrets are redacted before anything is returned. */
export async function recordScenarios(
  host: ScenarioHost,
  noValidation: PipelinePolicy,
): Promise<(RecordedScenario & { name: string })[]> {
  const out: (RecordedScenario & { name: string })[] = [];
  for (const scenario of SCENARIOS) {
    host.createOperation(scenario.operation);
    const clients = await createLiveClients(
      { auth: scenario.auth, geography: "us" },
      host.url,
      noValidation,
    );
    const stop = startRecording();
    try {
      const wait = { intervalInMs: 1, minIntervalInMs: 1, retryDelayInMs: 1, maxRetries: 3 };
      const done =
        scenario.operation.api === "dataset"
          ? waitForOperation(clients.dataset, scenario.operation.id, wait)
          : waitForOperation(clients.dataRegistry, scenario.operation.id, wait);
      // A Failed outcome rejects: that is the scenario, not an error of the recording.
      await done.catch(() => undefined);
    } finally {
      const definitions = stop(Object.values(WELL_KNOWN_CREDENTIALS));
      out.push({
        name: scenario.name,
        title: scenario.title,
        api: scenario.operation.api,
        operationId: scenario.operation.id,
        expectedViolations: scenario.expectedViolations,
        definitions,
      });
    }
  }
  return out;
}
