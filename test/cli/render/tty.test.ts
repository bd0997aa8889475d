import { CLEAR_LINE, liveLine, type LiveState } from "../../../cli/src/render/tty.js";

const start: LiveState = { api: "dataRegistry", operationId: "g-1", startedAt: 1000 };
const after = (state: LiveState, nextPollInMs: number | undefined): LiveState => ({
  ...state,
  last: {
    event: {
      event: "progress",
      api: "dataRegistry",
      operationId: "g-1",
      status: "Running",
      polls: 2,
      elapsedMs: 0,
      nextPollInMs,
    },
    at: 2000,
  },
});

it.each([
  [
    "before the first answer",
    start,
    1300,
    undefined,
    "Data Registry g-1: polling… | elapsed 300ms",
  ],
  [
    "counting down to the next poll",
    after(start, 5000),
    3500,
    undefined,
    "Data Registry g-1: Running | elapsed 2.5s | next poll in 3.5s | polls 2",
  ],
  [
    "never below zero",
    after(start, 100),
    9000,
    undefined,
    "Data Registry g-1: Running | elapsed 8.0s | next poll in 0ms | polls 2",
  ],
  ["cut to the terminal width", after(start, 5000), 3500, 30, "Data Registry g-1: Running |…"],
  [
    "no width (0 columns): whole line",
    after(start, 5000),
    3500,
    0,
    "Data Registry g-1: Running | elapsed 2.5s | next poll in 3.5s | polls 2",
  ],
])("%s", (_name, state, now, columns, want) => {
  expect(liveLine(state, now, columns)).toBe(CLEAR_LINE + want);
});

it("a hostile status cannot erase the live line: shown escaped", () => {
  const state = after(start, 5000);
  const hostile: LiveState = {
    ...state,
    last: {
      ...state.last!,
      event: { ...state.last!.event, status: "Running\r\u001b[2KDone\u202e" },
    },
  };
  expect(liveLine(hostile, 3500)).toBe(
    `${CLEAR_LINE}Data Registry g-1: Running\\u000d\\u001b[2KDone\\u202e | elapsed 2.5s | next poll in 3.5s | polls 2`,
  );
});
