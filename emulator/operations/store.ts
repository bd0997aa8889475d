import type { ApiName } from "../apis/api-name.js";
import { ConflictError, LimitExceededError } from "../errors/control-errors.js";
import { FaultQueue } from "../faults/fault-queue.js";
import type { EmulatorLimits } from "../options.js";
import type { Operation, OperationSpec } from "./operation.js";
import type { ParsedOperation } from "./parse-operation.js";
import { startProgress } from "./timeline.js";

/** The operations the emulator knows; ids are unique across both APIs so control routes stay flat. */
export class OperationStore {
  readonly #operations = new Map<string, Operation>();
  readonly #limits: EmulatorLimits;
  #serial = 0;

  constructor(limits: EmulatorLimits) {
    this.#limits = limits;
  }

  create(parsed: ParsedOperation, now: number): Operation {
    if (this.#operations.has(parsed.spec.id)) {
      throw new ConflictError(`An operation with id ${parsed.spec.id} already exists.`);
    }
    if (this.#operations.size >= this.#limits.maxOperations) {
      throw new LimitExceededError(
        `At most ${this.#limits.maxOperations} operations are allowed; DELETE some or reset.`,
      );
    }
    this.#serial += 1;
    const operation = instantiate(parsed.spec, this.#serial, now, this.#limits.maxFaultRules);
    for (const rule of parsed.faults) operation.faults.add(rule.fault, rule.count);
    this.#operations.set(operation.id, operation);
    return operation;
  }

  /** The operation `id` of `api`; an id of the other API is as unknown as a missing one. */
  get(api: ApiName, id: string): Operation | undefined {
    const operation = this.#operations.get(id);
    return operation?.api === api ? operation : undefined;
  }

  find(id: string): Operation | undefined {
    return this.#operations.get(id);
  }

  delete(id: string): boolean {
    return this.#operations.delete(id);
  }

  list(): Operation[] {
    return [...this.#operations.values()];
  }

  get size(): number {
    return this.#operations.size;
  }

  /** Operations created after the one numbered `serial`, oldest first, read lazily. */
  *after(serial: number): Generator<Operation> {
    // Map order is insertion order, and serials only grow, so this is serial order.
    for (const operation of this.#operations.values()) {
      if (operation.serial > serial) yield operation;
    }
  }

  clear(): void {
    this.#operations.clear();
  }
}

function instantiate(
  spec: OperationSpec,
  serial: number,
  now: number,
  maxFaultRules: number,
): Operation {
  return {
    ...spec,
    serial,
    progress: startProgress(now),
    faults: new FaultQueue(maxFaultRules),
    answers: new Map(),
  };
}
