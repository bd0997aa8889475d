/**
 * What the validation policy records: one exchange per response received, with the validator's
 * violations stamped with the request. Plain JSON data (STYLE.md rule 4), never thrown.
 */
import type { Violation } from "../validator/index.js";

export interface LiveViolation extends Violation {
  readonly method: string;
  /** The request URL, redacted: only `api-version` is kept in the query. */
  readonly url: string;
}

export interface LiveExchange {
  readonly method: string;
  /** Redacted like `LiveViolation.url`. */
  readonly url: string;
  /** The spec operation the request maps to; `undefined` when none does (not validated). */
  readonly operation: string | undefined;
  readonly status: number;
  /**
   * `validated`: checked; `unmatched`: no spec operation serves this method and path;
   * `streamed`: the caller asked for a stream, so the body was left alone and not checked.
   */
  readonly outcome: "validated" | "unmatched" | "streamed";
  readonly violations: readonly LiveViolation[];
}

/** Where the policy puts its records. `record` must not throw (if it does, it is ignored). */
export interface LiveSink {
  record(exchange: LiveExchange): void;
}

/** A sink that keeps everything in memory: for tests and for the conformance suite. */
export interface MemorySink extends LiveSink {
  readonly exchanges: LiveExchange[];
  violations(): LiveViolation[];
  clear(): void;
}

export function createMemorySink(): MemorySink {
  const exchanges: LiveExchange[] = [];
  return {
    exchanges,
    record: (exchange) => void exchanges.push(exchange),
    violations: () => exchanges.flatMap((e) => e.violations),
    clear: () => void exchanges.splice(0),
  };
}
