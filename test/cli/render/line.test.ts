import type { FinalWaitEvent, StatusEvent } from "../../../cli/src/events.js";
import { finalLine, progressLine, statusLine } from "../../../cli/src/render/line.js";
import { jsonLine } from "../../../cli/src/render/json.js";

const op = { api: "dataset", operationId: "op-1" } as const;

describe("statusLine", () => {
  it.each<[string, StatusEvent, string]>([
    [
      "pending",
      { event: "status", ...op, status: "Running", terminal: false, exitCode: 0 },
      "Dataset operation op-1: Running\n",
    ],
    [
      "pending with Retry-After",
      {
        event: "status",
        api: "dataRegistry",
        operationId: "g",
        status: "Running",
        terminal: false,
        retryAfterMs: 10_000,
        exitCode: 0,
      },
      "Data Registry operation g: Running (retry after 10.0s)\n",
    ],
    [
      "succeeded",
      {
        event: "status",
        ...op,
        status: "Succeeded",
        terminal: true,
        resourceLocation: "https://h/datasets/d1",
        datasetId: "d1",
        exitCode: 0,
      },
      "Dataset operation op-1: Succeeded, dataset d1 (Resource-Location: https://h/datasets/d1)\n",
    ],
    [
      "failed",
      {
        event: "status",
        ...op,
        status: "Failed",
        terminal: true,
        error: { code: "InvalidData", message: "Bad." },
        exitCode: 1,
      },
      "Dataset operation op-1: Failed: InvalidData: Bad.\n",
    ],
  ])("%s", (_name, event, want) => expect(statusLine(event)).toBe(want));
});

describe("progressLine and finalLine", () => {
  it("a status change, right-aligned elapsed", () => {
    expect(
      progressLine({ event: "progress", ...op, status: "Running", polls: 2, elapsedMs: 1500 }),
    ).toBe("   1.5s  Running (poll 2)\n");
  });
  it.each<[string, FinalWaitEvent, string]>([
    [
      "succeeded",
      {
        event: "succeeded",
        ...op,
        status: "Succeeded",
        polls: 1,
        elapsedMs: 20,
        datasetId: "d1",
        resourceLocation: "https://h/datasets/d1",
        exitCode: 0,
      },
      "Succeeded after 1 poll in 20ms: dataset d1 (Resource-Location: https://h/datasets/d1)\n",
    ],
    [
      "completed",
      {
        event: "succeeded",
        api: "dataRegistry",
        operationId: "g",
        status: "Completed",
        polls: 3,
        elapsedMs: 65_000,
        exitCode: 0,
      },
      "Completed after 3 polls in 1m05s\n",
    ],
    [
      "failed without detail",
      { event: "failed", ...op, status: "Failed", elapsedMs: 10, exitCode: 1 },
      "Failed after 10ms: the service gave no error detail\n",
    ],
    [
      "timeout",
      {
        event: "timeout",
        ...op,
        lastStatus: "Running",
        polls: 4,
        elapsedMs: 2000,
        reason: "the server asked to wait 10s before the next poll, past --timeout 2s",
        exitCode: 3,
      },
      "Timed out after 2.0s: the server asked to wait 10s before the next poll, past --timeout 2s (last status Running, 4 polls)\n",
    ],
    [
      "interrupted before any answer",
      { event: "interrupted", ...op, polls: 0, elapsedMs: 5, exitCode: 130 },
      "Interrupted after 5ms (last status unknown, 0 polls)\n",
    ],
    [
      "error",
      { event: "error", code: "ConnectionFailed", message: "no answer", exitCode: 4 },
      "error: no answer\n",
    ],
  ])("%s", (_name, event, want) => expect(finalLine(event)).toBe(want));
});

it("jsonLine: one compact object per line, undefined fields left out", () => {
  expect(jsonLine({ event: "progress", status: "Running", nextPollInMs: undefined })).toBe(
    '{"event":"progress","status":"Running"}\n',
  );
});
