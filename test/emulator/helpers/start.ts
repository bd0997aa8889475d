import { startEmulator, type RunningEmulator } from "../../../emulator/server.js";
import type { EmulatorOptions } from "../../../emulator/options.js";

/** Starts one emulator for the file's tests, reset before each, closed after all. */
export function useEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
  });
  beforeEach(() => emulator?.reset());
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (emulator === undefined) throw new Error("the emulator has not started");
    return emulator;
  };
}

/** A clock the test moves by hand, for `ms` timeline steps without waiting. */
export function manualClock(start = Date.parse("2024-01-01T00:00:00Z")) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
