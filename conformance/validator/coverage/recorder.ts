/**
 * What the checked responses exercised, as plain JSON-serialisable data for a reporter. Every
 * declared item starts at 0, so "never seen" is visible. Statuses count every checked response;
 * headers, enum values and optional properties count only responses that passed, because a value
 * in a failing response has not shown that the client handles it.
 *
 * Keys of `enums` / `optionalProperties`: `<spec file>#<pointer of the schema>`, e.g.
 * `dataset.json#/definitions/LroStatus`.
 */
import type { CheckObserver } from "../check.js";
import type { HeaderModel, SchemaNode, SpecModel } from "../spec/model.js";
import { reachableSchemas } from "./reachable.js";
import { bump, compileBodyWalk, countBody, type WalkNode } from "./walk.js";

export interface ResponseCoverage {
  /** Checked responses this declared response described, by actual status code. */
  readonly statuses: Record<string, number>;
  readonly checked: number;
  readonly passed: number;
  /** Declared header (spec spelling) → passing responses that carried it. */
  readonly headers: Record<string, number>;
}

export interface OperationCoverage {
  /** By response key (`"200"`, `"default"`). */
  readonly responses: Record<string, ResponseCoverage>;
  /** Status codes no declared response covers → times seen. */
  readonly undeclaredStatuses: Record<string, number>;
}

export interface EnumCoverage {
  readonly extensible: boolean;
  /** Declared value → times seen. */
  readonly values: Record<string, number>;
  /** Values outside the enum that passed (extensible enums only), at most 100 distinct. */
  readonly unknownValues: Record<string, number>;
}

export interface CoverageReport {
  readonly operations: Record<string, OperationCoverage>;
  readonly enums: Record<string, EnumCoverage>;
  /** Object schema → optional property → passing responses that carried it. */
  readonly optionalProperties: Record<string, Record<string, number>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** What a passing response of one declared response bumps, resolved once by `declare()`. */
interface ResponseTally {
  readonly entry: Mutable<ResponseCoverage>;
  readonly headers: readonly HeaderModel[];
  /** Absent when the response declares no body. */
  readonly body: WalkNode | undefined;
}

export class CoverageRecorder implements CheckObserver {
  private readonly report: Mutable<CoverageReport>;
  /** operationId → response key → tally; rebuilt with the report, whose records it points into. */
  private tallies = new Map<string, Map<string, ResponseTally>>();

  constructor(private readonly model: SpecModel) {
    this.report = { operations: {}, enums: {}, optionalProperties: {} };
    this.declare();
  }

  status(operationId: string, responseKey: string | undefined, status: number): void {
    const operation = this.report.operations[operationId];
    if (!operation) return;
    const response = responseKey === undefined ? undefined : operation.responses[responseKey];
    if (!response) {
      bump(operation.undeclaredStatuses, String(status));
      return;
    }
    bump(response.statuses, String(status));
    response.checked++;
  }

  /** A response passed: count what it exercised. */
  passed(
    operationId: string,
    responseKey: string,
    headers: ReadonlyMap<string, string>,
    body: unknown,
  ): void {
    const tally = this.tallies.get(operationId)?.get(responseKey);
    if (!tally) return;
    tally.entry.passed++;
    for (const header of tally.headers) {
      if (headers.has(header.lower)) bump(tally.entry.headers, header.name);
    }
    if (tally.body) countBody(tally.body, body);
  }

  snapshot(): CoverageReport {
    return structuredClone(this.report);
  }

  reset(): void {
    this.report.operations = {};
    this.report.enums = {};
    this.report.optionalProperties = {};
    this.declare();
  }

  private declare(): void {
    for (const operation of this.model.operations.values()) {
      const responses: Record<string, Mutable<ResponseCoverage>> = {};
      for (const response of operation.responses.values()) {
        responses[response.key] = {
          statuses: dict(),
          checked: 0,
          passed: 0,
          headers: dict(response.headers.map((h) => [h.name, 0])),
        };
        if (!response.schema) continue;
        for (const schema of reachableSchemas(response.schema)) {
          const enumeration = schema.enum;
          if (enumeration) {
            this.report.enums[schema.key] ??= {
              extensible: enumeration.extensible,
              values: dict(enumeration.values.map((v) => [String(v), 0])),
              unknownValues: dict(),
            };
          }
          const { properties, required } = schema.shape;
          const optional = [...properties.keys()].filter((name) => !required.has(name));
          if (optional.length > 0) {
            this.report.optionalProperties[schema.key] ??= dict(optional.map((n) => [n, 0]));
          }
        }
      }
      this.report.operations[operation.operationId] = { responses, undeclaredStatuses: dict() };
    }
    this.tallies = this.compileTallies();
  }

  /** After `declare()` listed every counter: the walks look their counters up by the same keys. */
  private compileTallies(): Map<string, Map<string, ResponseTally>> {
    const tallies = new Map<string, Map<string, ResponseTally>>();
    const memo = new Map<SchemaNode, WalkNode>();
    for (const operation of this.model.operations.values()) {
      const byKey = new Map<string, ResponseTally>();
      for (const response of operation.responses.values()) {
        const entry = this.report.operations[operation.operationId]?.responses[response.key];
        if (!entry) continue;
        const body = response.schema
          ? compileBodyWalk(response.schema, this.report, memo)
          : undefined;
        byKey.set(response.key, { entry, headers: response.headers, body });
      }
      tallies.set(operation.operationId, byKey);
    }
    return tallies;
  }
}

/**
 * Null-prototype records: keys come from responses (enum values), and `__proto__` must be a
 * plain key, not a prototype change.
 */
function dict(entries: Iterable<readonly [string, number]> = []): Record<string, number> {
  return Object.setPrototypeOf(Object.fromEntries(entries), null) as Record<string, number>;
}
