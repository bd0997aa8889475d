/**
 * What the checked responses exercised, as plain JSON-serialisable data for a reporter. Every
 * declared item starts at 0, so "never seen" is visible. Statuses count every checked response;
 * headers, enum values and optional properties count only responses that passed, because a value
 * in a failing response has not shown that the client handles it.
 *
 * Keys of `enums` / `optionalProperties`: `<spec file>#<pointer of the schema>`, e.g.
 * `dataset.json#/definitions/LroStatus`.
 */
import type { SpecModel } from "./spec/model.js";
import { enumOf, objectShape } from "./spec/resolve.js";
import { reachableSchemas, walkValue } from "./spec/walk.js";

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

/** Bounds memory when a service (or a fuzzer) sends endless new values of an extensible enum. */
const MAX_UNKNOWN_ENUM_VALUES = 100;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

export class CoverageRecorder {
  private readonly report: Mutable<CoverageReport>;

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
    const operation = this.model.operations.get(operationId);
    const response = operation?.responses.get(responseKey);
    const entry = this.report.operations[operationId]?.responses[responseKey];
    if (!operation || !response || !entry) return;
    entry.passed++;
    for (const header of response.headers) {
      if (headers.has(header.lower)) bump(entry.headers, header.name);
    }
    if (!response.schema) return;
    const { spec } = operation;
    walkValue(spec, response.schema, response.schemaPointer, body, (site) => {
      const enumCoverage = this.report.enums[`${spec.name}#${site.schema.pointer}`];
      if (enumCoverage && (typeof site.value === "string" || typeof site.value === "number")) {
        const key = String(site.value);
        if (Object.hasOwn(enumCoverage.values, key)) bump(enumCoverage.values, key);
        else if (
          Object.hasOwn(enumCoverage.unknownValues, key) ||
          Object.keys(enumCoverage.unknownValues).length < MAX_UNKNOWN_ENUM_VALUES
        ) {
          bump(enumCoverage.unknownValues, key);
        }
      }
      if (site.property && !site.property.required) {
        const owner = this.report.optionalProperties[`${spec.name}#${site.property.ownerPointer}`];
        if (owner && Object.hasOwn(owner, site.property.name)) bump(owner, site.property.name);
      }
    });
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
      const { spec } = operation;
      const responses: Record<string, Mutable<ResponseCoverage>> = {};
      for (const response of operation.responses.values()) {
        responses[response.key] = {
          statuses: dict(),
          checked: 0,
          passed: 0,
          headers: dict(response.headers.map((h) => [h.name, 0])),
        };
        if (!response.schema) continue;
        for (const resolved of reachableSchemas(spec, response.schema, response.schemaPointer)) {
          const key = `${spec.name}#${resolved.pointer}`;
          const enumeration = enumOf(resolved.schema);
          if (enumeration) {
            this.report.enums[key] ??= {
              extensible: enumeration.extensible,
              values: dict(enumeration.values.map((v) => [String(v), 0])),
              unknownValues: dict(),
            };
          }
          const shape = objectShape(spec, resolved);
          const optional = [...shape.properties.keys()].filter((name) => !shape.required.has(name));
          if (optional.length > 0) {
            this.report.optionalProperties[key] ??= dict(optional.map((n) => [n, 0]));
          }
        }
      }
      this.report.operations[operation.operationId] = { responses, undeclaredStatuses: dict() };
    }
  }
}

/**
 * Null-prototype records: keys come from responses (enum values), and `__proto__` must be a
 * plain key, not a prototype change.
 */
function dict(entries: Iterable<readonly [string, number]> = []): Record<string, number> {
  return Object.setPrototypeOf(Object.fromEntries(entries), null) as Record<string, number>;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
