import { setMaxListeners } from "node:events";
import { FaultQueue } from "./faults/fault-queue.js";
import type { EmulatorConfig } from "./options.js";
import { SEEDED_OPERATIONS } from "./operations/seed.js";
import { OperationStore } from "./operations/store.js";

/** Everything one running emulator holds; one per `startEmulator`, never module-level. */
export interface EmulatorState {
  readonly config: EmulatorConfig;
  readonly store: OperationStore;
  /** Rules for the next requests to the emulated APIs, whatever operation they name. */
  readonly faults: FaultQueue;
  /** Aborted by close(), so pending latency timers end with it. */
  readonly closing: AbortController;
  /** Set once listening: `http://127.0.0.1:<port>` (or https), its protocol and port. */
  baseUrl: string;
  protocol: "http:" | "https:";
  port: number;
}

export function createState(config: EmulatorConfig): EmulatorState {
  const closing = new AbortController();
  // Every request in a latency fault listens on it; dozens at once is the load test, not a leak.
  setMaxListeners(0, closing.signal);
  const state: EmulatorState = {
    config,
    store: new OperationStore(config.limits),
    faults: new FaultQueue(config.limits.maxFaultRules),
    closing,
    baseUrl: "",
    protocol: "http:",
    port: 0,
  };
  reset(state);
  return state;
}

/** Back to the starting point: no faults, and only the seeded operations, at their first step. */
export function reset(state: EmulatorState): void {
  state.store.clear();
  state.faults.clear();
  if (!state.config.seed) return;
  const now = state.config.now();
  for (const spec of SEEDED_OPERATIONS) state.store.create({ spec, faults: [] }, now);
}
