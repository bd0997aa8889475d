/**
 * `createValidator()`: loads the specs, compiles every schema once, and checks responses as a
 * whole — status, Content-Type, headers, body — returning `Violation` records, never throwing for
 * anything a response contains.
 */
import { checkResponse, prepareOperation, type PreparedOperation } from "./check.js";
import { CoverageRecorder, type CoverageReport } from "./coverage.js";
import { UnknownOperationError } from "./errors.js";
import { groupRules } from "./headers/groupRules.js";
import { describeOperation, type OperationInfo } from "./operations.js";
import { normalizeOptions, type NormalizedOptions, type ValidatorOptions } from "./options.js";
import { createAjv } from "./schema/ajv.js";
import { compileAll } from "./schema/compile.js";
import { loadSpecs } from "./spec/load.js";
import type { SpecModel } from "./spec/model.js";
import { responseFor } from "./status.js";
import type { ResponseInput, ValidationResult, Violation } from "./types.js";

export type { OperationInfo } from "./operations.js";

export interface ResponseValidator {
  /** Checks one response as a whole. Throws only `UnknownOperationError` (a caller bug). */
  validateResponse(input: ResponseInput): ValidationResult;
  operations(): readonly OperationInfo[];
  /** A snapshot: later validations do not change it. */
  coverage(): CoverageReport;
  resetCoverage(): void;
  /**
   * The compiled body check of a response, for benchmarks: `(parsedBody) => boolean`, no records,
   * no coverage. `undefined` when the status has no body schema.
   */
  bodyValidator(operationId: string, status: number): ((body: unknown) => boolean) | undefined;
  /** The loaded specs, for the mutation generator and the sample loader. */
  readonly model: SpecModel;
  readonly options: NormalizedOptions;
}

/** @param options spec paths (array) or full options; see `ValidatorOptions` for defaults. */
export function createValidator(options?: readonly string[] | ValidatorOptions): ResponseValidator {
  const normalized = normalizeOptions(
    Array.isArray(options) ? { specPaths: options } : (options as ValidatorOptions),
  );
  const model = loadSpecs(normalized.specPaths);
  const compiled = compileAll(createAjv(), model);
  const rulesByOperation = groupRules(model, normalized.headerRules);
  const coverage = new CoverageRecorder(model);
  const prepared = new Map<string, PreparedOperation>();
  for (const operation of model.operations.values()) {
    const rules = rulesByOperation.get(operation.operationId) ?? [];
    prepared.set(operation.operationId, prepareOperation(operation, compiled, rules));
  }

  const preparedOf = (operationId: string): PreparedOperation => {
    const operation = prepared.get(operationId);
    if (!operation) throw new UnknownOperationError(operationId, [...model.operations.keys()]);
    return operation;
  };

  return {
    model,
    options: normalized,
    validateResponse(input) {
      const operation = preparedOf(input.operationId);
      let violations: Violation[];
      try {
        violations = checkResponse(input, operation, { options: normalized, coverage });
      } catch (error) {
        // Safety net: a response must never crash the suite (e.g. a parsed body with a throwing
        // getter, or a stack overflow the limits did not foresee).
        violations = [
          {
            operation: input.operationId,
            status: input.status,
            location: "body",
            pointer: "",
            keyword: "internal",
            message: `validator failed on this response: ${String((error as Error)?.message ?? error)}`,
            code: "INTERNAL_ERROR",
          },
        ];
      }
      return { ok: violations.length === 0, violations };
    },
    operations: () => [...model.operations.values()].map(describeOperation),
    coverage: () => coverage.snapshot(),
    resetCoverage: () => coverage.reset(),
    bodyValidator(operationId, status) {
      const operation = preparedOf(operationId);
      const response = responseFor(operation.operation, status);
      // The cached ajv function itself: no wrapper in the measured path.
      return response && operation.compiled.get(response.key)?.body;
    },
  };
}
