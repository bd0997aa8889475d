import { ControlRequestError } from "../errors/control-errors.js";
import type { FaultQueue } from "../faults/fault-queue.js";
import { parseFaultRule } from "../faults/parse-fault.js";
import { parseOperation } from "../operations/parse-operation.js";
import type { EmulatorState } from "../state.js";
import type { OperationView } from "./types.js";
import { viewOperation } from "./view.js";

/** What the control routes and the programmatic handle share; inputs are untrusted JSON. */
export function createOperation(state: EmulatorState, input: unknown): OperationView {
  const now = state.config.now();
  const operation = state.store.create(parseOperation(input, state.config.limits, now), now);
  return viewOperation(operation, state.baseUrl, now);
}

/** Adds one rule (`{kind,...}`) or several (`[{kind,...}, ...]`), all or none. */
export function addFaults(state: EmulatorState, queue: FaultQueue, input: unknown): void {
  const items = Array.isArray(input) ? input : [input];
  const { limits } = state.config;
  if (items.length === 0 || items.length > limits.maxFaultRules) {
    throw new ControlRequestError(`Give 1 to ${limits.maxFaultRules} fault rules.`);
  }
  const rules = items.map((item, index) =>
    parseFaultRule(item, limits, Array.isArray(input) ? `body[${index}]` : "body"),
  );
  if (queue.list().length + rules.length > limits.maxFaultRules) {
    throw new ControlRequestError(
      `At most ${limits.maxFaultRules} pending fault rules are allowed.`,
    );
  }
  for (const rule of rules) queue.add(rule.fault, rule.count);
}

export function listOperations(state: EmulatorState): OperationView[] {
  const now = state.config.now();
  return state.store.list().map((operation) => viewOperation(operation, state.baseUrl, now));
}
