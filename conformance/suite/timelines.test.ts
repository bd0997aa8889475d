/**
 * Every emulator timeline, through src's clients and waitForOperation, with the validation
 * policy on: no violation may appear, and every poll must have been validated.
 */
import type { OperationInput } from "../live/control.js";
import { isOperationFailedError, waitForOperation } from "../../src/index.js";
import { FAST_WAIT, useControl, useRecorder } from "./helpers/context.js";
import { DATASET_RICH_ERROR } from "../fixtures/richErrors.js";

const recorder = useRecorder("timelines");
const controlTarget = useControl();

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

describe("timelines", () => {
  test("where", () => {
    // Shown in the JUnit report: which server the timelines ran on.
    expect(controlTarget().where).toMatch(/emulator/);
  });

  test.each(TIMELINES)("%s: zero violations", async (name, { input, want, polls }) => {
    const { control, auth } = controlTarget();
    const operation = await control.createOperation(input);
    const clients = await recorder.clients(control.url, auth);
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
    recorder.add(`timelines: ${name}`, exchanges, false);
    expect(status).toBe(want);
    expect(exchanges.flatMap((e) => e.violations)).toEqual([]);
    expect(exchanges.every((e) => e.outcome === "validated" && e.status === 200)).toBe(true);
    // `ms` steps end by the clock: at least one poll, however many the wait needed.
    if (polls > 0) expect(exchanges).toHaveLength(polls);
    else expect(exchanges.length).toBeGreaterThanOrEqual(1);
  });
});
