import { FaultQueue } from "../../../emulator/faults/fault-queue.js";
import type { Operation, TimelineStep } from "../../../emulator/operations/operation.js";
import { observe, peek, startProgress } from "../../../emulator/operations/timeline.js";

function operation(steps: TimelineStep[], now = 0): Operation {
  return {
    api: "dataset",
    id: "op",
    created: "c",
    steps,
    outcome: { status: "Succeeded" },
    retryAfter: 0,
    resourceId: "r",
    serial: 1,
    progress: startProgress(now),
    faults: new FaultQueue(1),
    answers: new Map(),
  };
}

describe("observe", () => {
  it.each<[string, { steps: TimelineStep[]; polls: number[]; want: string[] }]>([
    [
      "poll-counted steps show each status exactly that many times",
      {
        steps: [
          { status: "NotStarted", polls: 1 },
          { status: "Running", polls: 2 },
        ],
        polls: [0, 0, 0, 0, 0],
        want: ["NotStarted", "Running", "Running", "Succeeded", "Succeeded"],
      },
    ],
    [
      "ms steps follow the clock, not the number of polls",
      {
        steps: [
          { status: "NotStarted", ms: 10 },
          { status: "Running", ms: 10 },
        ],
        polls: [0, 9, 10, 19, 20, 1000],
        want: ["NotStarted", "NotStarted", "Running", "Running", "Succeeded", "Succeeded"],
      },
    ],
    [
      "a late first poll skips every ms step already over",
      {
        steps: [
          { status: "NotStarted", ms: 5 },
          { status: "Running", ms: 5 },
        ],
        polls: [50],
        want: ["Succeeded"],
      },
    ],
    [
      "zero-length steps are never shown",
      {
        steps: [
          { status: "NotStarted", polls: 0 },
          { status: "Running", ms: 0 },
        ],
        polls: [0],
        want: ["Succeeded"],
      },
    ],
    [
      "a polls step after an ms step starts at the poll that ends the ms step",
      {
        steps: [
          { status: "NotStarted", ms: 10 },
          { status: "Running", polls: 1 },
        ],
        polls: [0, 15, 16],
        want: ["NotStarted", "Running", "Succeeded"],
      },
    ],
    ["no steps: the outcome at once", { steps: [], polls: [0], want: ["Succeeded"] }],
  ])("%s", (_, { steps, polls, want }) => {
    const op = operation(steps);
    expect(polls.map((now) => observe(op, now))).toEqual(want);
    expect(op.progress.polls).toBe(polls.length);
  });
});

describe("peek", () => {
  it("shows the next status without counting a poll", () => {
    const op = operation([{ status: "Running", polls: 1 }]);
    expect(peek(op, 0)).toBe("Running");
    expect(peek(op, 0)).toBe("Running");
    expect(op.progress.polls).toBe(0);
    expect(observe(op, 0)).toBe("Running");
    expect(observe(op, 0)).toBe("Succeeded");
  });
});
