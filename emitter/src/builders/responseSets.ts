import { responseTypeName } from "../naming.js";
import type { Operation } from "../model/types.js";

/** Response type names of an operation: all of them, and the error ones. */
export function responseTypes(op: Operation): { all: string[]; errors: string[] } {
  return {
    all: op.responses.map((r) => responseTypeName(op, r.status)),
    errors: op.responses.filter((r) => r.isError).map((r) => responseTypeName(op, r.status)),
  };
}

/** The statuses an operation declares as success (every non-error one but `default`). */
export function successStatuses(op: Operation): string[] {
  return op.responses.filter((r) => !r.isError && r.status !== "default").map((r) => r.status);
}
