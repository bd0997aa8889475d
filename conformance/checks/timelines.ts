/**
 * Every emulator timeline, through the library's clients and waitForOperation, with the
 * validation policy on: no violation may appear, and every poll must have been validated. They run
 * on the target when it speaks the emulator control API, else on a local emulator.
 */
import assert from "node:assert/strict";
import { isOperationFailedError, waitForOperation } from "maps-operations-rest";
import type { OperationInput } from "../live/control.js";
import { DATASET_RICH_ERROR } from "../fixtures/richErrors.js";
import { FAST_WAIT, type CheckContext } from "./context.js";
import { expectNoViolations } from "./expect.js";
import type { CheckGroup } from "./runner.js";

interface Timeline {
  readonly input: OperationInput;
  /** The terminal status waitForOperation ends with. */
  readonly want: "Succeeded" | "Completed" | "Failed";
  /** GETs the client makes (one per step poll, plus the terminal answer). */
  readonly polls: number;
}

const ERROR = { code: "InvalidData", message: "The file is not valid." };

/** Every optional field of MapsErrorDetail and MapsInnerError, a nested detail included. */
const DATA_REGISTRY_RICH_ERROR = {
  code: "InvalidData",
  message: "The data is not a valid GeoJSON.",
  target: "udid",
  details: [
    {
      code: "InvalidGeometry",
      message: "Feature 4 has an invalid polygon.",
      target: "features[4].geometry",
      details: [{ code: "TooFewPoints", message: "A ring needs at least 4 points." }],
    },
  ],
  innererror: { code: "GeoJsonValidationFailed", innererror: { code: "RingNotClosed" } },
};

const TIMELINES: [string, Timeline][] = [
  [
    "Dataset: NotStarted, Running, Succeeded",
    { input: { api: "dataset" }, want: "Succeeded", polls: 3 },
  ],
  [
    "Dataset: Running three polls, Succeeded",
    {
      input: { api: "dataset", steps: [{ status: "Running", polls: 3 }] },
      want: "Succeeded",
      polls: 4,
    },
  ],
  [
    "Dataset: Succeeded at once",
    { input: { api: "dataset", steps: [] }, want: "Succeeded", polls: 1 },
  ],
  [
    "Dataset: NotStarted for 1 ms, Succeeded",
    {
      input: { api: "dataset", steps: [{ status: "NotStarted", ms: 1 }] },
      want: "Succeeded",
      polls: -1,
    },
  ],
  [
    "Dataset: Running, Failed with an error",
    {
      input: {
        api: "dataset",
        steps: [{ status: "Running", polls: 1 }],
        outcome: { status: "Failed", error: ERROR },
      },
      want: "Failed",
      polls: 2,
    },
  ],
  [
    "Dataset: Running, Failed with details, target and additionalInfo",
    {
      input: {
        api: "dataset",
        steps: [{ status: "Running", polls: 1 }],
        outcome: { status: "Failed", error: DATASET_RICH_ERROR },
      },
      want: "Failed",
      polls: 2,
    },
  ],
  [
    "Dataset: NotStarted, Running, Succeeded with a warning on every poll",
    {
      input: {
        api: "dataset",
        warning: {
          code: "UnsupportedFeature",
          message: "Doors without a width were skipped.",
          target: "doors",
        },
      },
      want: "Succeeded",
      polls: 3,
    },
  ],
  [
    "Dataset: Failed with the default error",
    { input: { api: "dataset", outcome: "Failed" }, want: "Failed", polls: 3 },
  ],
  [
    "Data Registry: Running, Completed",
    { input: { api: "dataRegistry", retryAfter: 0 }, want: "Completed", polls: 2 },
  ],
  [
    "Data Registry: Running three polls, Completed",
    {
      input: { api: "dataRegistry", retryAfter: 0, steps: [{ status: "Running", polls: 3 }] },
      want: "Completed",
      polls: 4,
    },
  ],
  [
    "Data Registry: Completed at once",
    { input: { api: "dataRegistry", steps: [] }, want: "Completed", polls: 1 },
  ],
  [
    "Data Registry: Running for 1 ms, Completed",
    {
      input: { api: "dataRegistry", retryAfter: 0, steps: [{ status: "Running", ms: 1 }] },
      want: "Completed",
      polls: -1,
    },
  ],
  [
    "Data Registry: Running, Failed with an error",
    {
      input: { api: "dataRegistry", retryAfter: 0, outcome: { status: "Failed", error: ERROR } },
      want: "Failed",
      polls: 2,
    },
  ],
  [
    "Data Registry: Running, Failed with details, target and nested innererror",
    {
      input: {
        api: "dataRegistry",
        retryAfter: 0,
        outcome: { status: "Failed", error: DATA_REGISTRY_RICH_ERROR },
      },
      want: "Failed",
      polls: 2,
    },
  ],
  [
    "Data Registry: Failed at once with the default error",
    { input: { api: "dataRegistry", steps: [], outcome: "Failed" }, want: "Failed", polls: 1 },
  ],
];

export function timelinesGroup(context: CheckContext): CheckGroup {
  if (!context.bundledSpecs) {
    return {
      name: "timelines",
      skipped: "the emulator's timelines are checked against the bundled specs only",
      checks: [],
    };
  }
  return {
    name: "timelines",
    checks: TIMELINES.map(([name, { input, want, polls }]) => ({
      name: `${name}: zero violations`,
      run: async () => {
        const { control, auth, where } = await context.controlTarget();
        const operation = await control.createOperation(input);
        const clients = await context.clients(control.url, auth);
        let status: string;
        try {
          const result =
            input.api === "dataset"
              ? await waitForOperation(clients.dataset, operation.id, FAST_WAIT)
              : await waitForOperation(clients.dataRegistry, operation.id, FAST_WAIT);
          status = result.status;
        } catch (error) {
          if (!isOperationFailedError(error)) throw error;
          status = "Failed";
        }
        const exchanges = clients.exchanges();
        context.record(`timelines: ${name}`, exchanges, false);
        assert.equal(status, want, `ended ${status} on ${where}`);
        expectNoViolations(exchanges.flatMap((e) => e.violations));
        assert.ok(
          exchanges.every((e) => e.outcome === "validated" && e.status === 200),
          `every poll is a validated 200: ${exchanges.map((e) => `${e.status} ${e.outcome}`).join(", ")}`,
        );
        // `ms` steps end by the clock: at least one poll, however many the wait needed.
        if (polls > 0) assert.equal(exchanges.length, polls, "polls made");
        else assert.ok(exchanges.length >= 1, "at least one poll");
      },
    })),
  };
}
