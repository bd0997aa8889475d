/**
 * What the checked responses exercised, as plain JSON-serialisable data for a reporter. Every
 * declared item starts at 0, so "never seen" is visible. Statuses count every checked response;
 * headers, enum values and optional properties count only responses that passed, because a value
 * in a failing response has not shown that the client handles it.
 *
 * Keys of `enums` / `optionalProperties`: `<spec file>#<pointer of the schema>`, e.g.
 * `dataset.json#/definitions/LroStatus`; a file whose name an earlier one has keeps as many
 * parent folders as tell them apart (`2023-06-01/common.json#/definitions/Status`).
 */
import type { CheckObserver, ResponseObserver } from "../check.js";
import type { HeaderModel, ResponseModel, SchemaNode, SpecModel } from "../spec/model.js";
import { reachableSchemas } from "./reachable.js";
import { dict, EnumTally, OptionalTally } from "./tallies.js";
import { compileBodyWalk, countBody, markCounting, type WalkNode } from "./walk.js";

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

/** The counters of one declared response; the validator calls it for every response it covers. */
class ResponseTally implements ResponseObserver {
  /** By status code: only 100–599 reach a declared response. */
  readonly statuses = new Float64Array(600);
  checkedCount = 0;
  passedCount = 0;
  readonly headerCounts: number[];

  constructor(
    readonly key: string,
    readonly headers: readonly HeaderModel[],
    readonly body: WalkNode | undefined,
  ) {
    this.headerCounts = headers.map(() => 0);
  }

  checked(status: number): void {
    this.checkedCount++;
    this.statuses[status]!++;
  }

  passed(headers: readonly (string | undefined)[], body: unknown): void {
    this.passedCount++;
    // Slot 0 is Content-Type; the declared headers follow in order.
    for (let i = 0; i < this.headers.length; i++) {
      if (headers[i + 1] !== undefined) this.headerCounts[i]!++;
    }
    if (this.body) countBody(this.body, body);
  }

  reset(): void {
    this.statuses.fill(0);
    this.checkedCount = 0;
    this.passedCount = 0;
    this.headerCounts.fill(0);
  }
}

export class CoverageRecorder implements CheckObserver {
  private readonly responses = new Map<string, Map<string, ResponseTally>>();
  private readonly undeclaredStatuses = new Map<string, Map<number, number>>();
  private readonly enums = new Map<string, EnumTally>();
  private readonly optionalProperties = new Map<string, OptionalTally>();

  constructor(model: SpecModel) {
    const memo = new Map<SchemaNode, WalkNode>();
    for (const operation of model.operations.values()) {
      for (const response of operation.responses.values()) this.declareSchemas(response);
    }
    const tallies = { enums: this.enums, optionalProperties: this.optionalProperties };
    for (const operation of model.operations.values()) {
      const byKey = new Map<string, ResponseTally>();
      for (const response of operation.responses.values()) {
        const body = response.schema && compileBodyWalk(response.schema, tallies, memo);
        byKey.set(response.key, new ResponseTally(response.key, response.headers, body));
      }
      this.responses.set(operation.operationId, byKey);
      this.undeclaredStatuses.set(operation.operationId, new Map());
    }
    markCounting(memo.values());
  }

  response(operationId: string, responseKey: string): ResponseObserver {
    const tally = this.responses.get(operationId)?.get(responseKey);
    if (!tally) throw new RangeError(`no declared response ${operationId} ${responseKey}`);
    return tally;
  }

  undeclared(operationId: string, status: number): void {
    const counts = this.undeclaredStatuses.get(operationId);
    counts?.set(status, (counts.get(status) ?? 0) + 1);
  }

  /** A snapshot: later validations do not change it. */
  snapshot(): CoverageReport {
    const operations: Record<string, OperationCoverage> = {};
    for (const [operationId, byKey] of this.responses) {
      const responses: Record<string, ResponseCoverage> = {};
      for (const [key, tally] of byKey) {
        responses[key] = {
          statuses: dict(
            [...tally.statuses].flatMap((n, status) => (n > 0 ? [[String(status), n]] : [])),
          ),
          checked: tally.checkedCount,
          passed: tally.passedCount,
          headers: dict(tally.headers.map((h, i) => [h.name, tally.headerCounts[i]!])),
        };
      }
      const undeclared = this.undeclaredStatuses.get(operationId) ?? new Map<number, number>();
      operations[operationId] = {
        responses,
        undeclaredStatuses: dict([...undeclared].map(([status, n]) => [String(status), n])),
      };
    }
    const enums: Record<string, EnumCoverage> = {};
    for (const [key, tally] of this.enums) {
      enums[key] = {
        extensible: tally.extensible,
        values: dict(tally.values),
        unknownValues: dict(tally.unknownValues),
      };
    }
    const optionalProperties: Record<string, Record<string, number>> = {};
    for (const [key, tally] of this.optionalProperties) {
      optionalProperties[key] = dict(tally.names.map((name, i) => [name, tally.counts[i]!]));
    }
    // Null-prototype records inside (see `dict`); structuredClone hands back plain objects
    // that keep a `__proto__` key as a key, as the reports and `deepStrictEqual` expect.
    return structuredClone({ operations, enums, optionalProperties });
  }

  reset(): void {
    for (const byKey of this.responses.values()) for (const tally of byKey.values()) tally.reset();
    for (const counts of this.undeclaredStatuses.values()) counts.clear();
    for (const tally of this.enums.values()) tally.reset();
    for (const tally of this.optionalProperties.values()) tally.reset();
  }

  /** Lists every enum and optional property a response's body can reach, each counted from 0. */
  private declareSchemas(response: ResponseModel): void {
    if (!response.schema) return;
    for (const schema of reachableSchemas(response.schema)) {
      if (schema.enum && !this.enums.has(schema.key)) {
        this.enums.set(schema.key, new EnumTally(schema.enum.extensible, schema.enum.values));
      }
      const { properties, required } = schema.shape;
      const optional = [...properties.keys()].filter((name) => !required.has(name));
      if (optional.length > 0 && !this.optionalProperties.has(schema.key)) {
        this.optionalProperties.set(schema.key, new OptionalTally(optional));
      }
    }
  }
}
