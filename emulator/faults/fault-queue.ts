import { LimitExceededError } from "../errors/control-errors.js";
import type { Fault, FaultRule } from "./fault.js";

/**
 * Pending fault rules, applied in the order they were added: the first rule serves its `count`
 * requests, then the next one takes over.
 */
export class FaultQueue {
  readonly #rules: FaultRule[] = [];
  readonly #maxRules: number;

  constructor(maxRules: number) {
    this.#maxRules = maxRules;
  }

  add(fault: Fault, count: number): void {
    if (this.#rules.length >= this.#maxRules) {
      throw new LimitExceededError(`At most ${this.#maxRules} pending fault rules are allowed.`);
    }
    this.#rules.push({ fault, remaining: count });
  }

  /** The fault for the request being served, if any; counts it against its rule. */
  take(): Fault | undefined {
    const rule = this.#rules[0];
    if (rule === undefined) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules.shift();
    return rule.fault;
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ fault: rule.fault, remaining: rule.remaining }));
  }

  clear(): void {
    this.#rules.length = 0;
  }
}
