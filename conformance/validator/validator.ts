/**
 * `createValidator()`: loads the specs, compiles every schema once, and checks responses as a
 * whole (status, Content-Type, headers, body), returning `Violation` records. Nothing a response
 * holds makes it throw: not its getters, proxies or iterables, not an exception that cannot even
 * be printed. Only an unknown operationId does (a caller bug).
 */
import { checkResponse, prepareOperation, type PreparedOperation } from "./check.js";
import { CoverageRecorder, type CoverageReport } from "./coverageRecorder/recorder.js";
import { UnknownOperationError } from "./errors.js";
import { groupRules } from "./headers/groupRules.js";
import { describeOperation, type OperationInfo } from "./operations.js";
import { normalizeOptions, type NormalizedOptions, type ValidatorOptions } from "./options.js";
import { compileModel } from "./schema/compile.js";
import { loadSpecs } from "./spec/load.js";
import type { SpecModel } from "./spec/model.js";
import type { SpecWarning } from "./spec/warnings.js";
import type { ResponseInput, ValidationResult, Violation } from "./types.js";

export type { OperationInfo } from "./operations.js";

export interface ResponseValidator {
  /** Checks one response as a whole. Throws only `UnknownOperationError` (a caller bug). */
  validateResponse(input: ResponseInput): ValidationResult;
  operations(): readonly OperationInfo[];
  /** A snapshot: later validations do not change it. */
  coverage(): CoverageReport;
  resetCoverage(): void;
  /** What the specs do that had to be read generously (see `SpecWarning`); empty for clean specs. */
  readonly warnings: readonly SpecWarning[];
  /** The loaded specs, for the mutation generator and the sample loader. */
  readonly model: SpecModel;
  readonly options: NormalizedOptions;
}

const PASSED: ValidationResult = Object.freeze({ ok: true, violations: Object.freeze([]) });

/** @param options spec paths (array) or full options; see `ValidatorOptions` for defaults. */
export function createValidator(options?: readonly string[] | ValidatorOptions): ResponseValidator {
  const normalized = normalizeOptions(
    Array.isArray(options) ? { specPaths: options } : (options as ValidatorOptions),
  );
  const model = loadSpecs(normalized.specPaths, normalized.nulls);
  const warnings = [...model.warnings];
  const compiled = compileModel(model, warnings);
  const rulesByOperation = groupRules(model, normalized.headerRules);
  const coverage = new CoverageRecorder(model);
  const prepared = new Map<string, PreparedOperation>();
  for (const operation of model.operations.values()) {
    const { operationId } = operation;
    const rules = rulesByOperation.get(operationId) ?? [];
    prepared.set(
      operationId,
      prepareOperation(operation, compiled.get(operationId), rules, coverage),
    );
  }

  let last: PreparedOperation | undefined;
  return {
    model,
    options: normalized,
    warnings,
    validateResponse(input) {
      // Each field is read once, so a getter cannot answer differently the second time.
      let operationId: unknown, rawStatus: unknown, headers: unknown, body: unknown;
      try {
        ({ operationId, status: rawStatus, headers, body } = input);
      } catch (error) {
        return failed("", Number.NaN, error);
      }
      // A suite checks one operation many times over (every poll): the last one found is kept.
      let operation = operationId === last?.operationId ? last : undefined;
      if (operation === undefined) {
        operation = typeof operationId === "string" ? prepared.get(operationId) : undefined;
        if (!operation) {
          throw new UnknownOperationError(safeText(operationId), [...model.operations.keys()]);
        }
        last = operation;
      }
      const status = typeof rawStatus === "number" ? rawStatus : Number.NaN;
      try {
        const violations = checkResponse(operation, status, headers, body, normalized);
        return violations === undefined ? PASSED : { ok: false, violations };
      } catch (error) {
        // Safety net: a response must never crash the suite (a getter that throws, a revoked
        // proxy, a stack overflow the limits did not foresee).
        return failed(operationId as string, status, error);
      }
    },
    operations: () => [...model.operations.values()].map(describeOperation),
    coverage: () => coverage.snapshot(),
    resetCoverage: () => coverage.reset(),
  };
}

function failed(operation: string, status: number, error: unknown): ValidationResult {
  const violation: Violation = {
    operation,
    status,
    location: "body",
    pointer: "",
    keyword: "internal",
    message: `validator failed on this response: ${describeError(error)}`,
    code: "INTERNAL_ERROR",
  };
  return { ok: false, violations: [violation] };
}

/** Never throws: an `Object.create(null)` or a proxy thrown as an error has no usable `String()`. */
function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
  } catch {
    // a proxy whose prototype cannot be read
  }
  return safeText(error);
}

function safeText(value: unknown): string {
  try {
    return typeof value === "string" ? value : String(value);
  } catch {
    return `(a ${typeof value} that cannot be converted to text)`;
  }
}
