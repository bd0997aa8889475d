/**
 * `createValidator()`: loads the specs, compiles every schema once, and checks responses as a
 * whole — status, Content-Type, headers, body — returning `Violation` records, never throwing for
 * anything a response contains.
 */
import type { ValidateFunction } from "ajv";
import { readBody } from "./body/read.js";
import { contentTypeProblem } from "./contentType.js";
import { CoverageRecorder, type CoverageReport } from "./coverage.js";
import { UnknownOperationError, ValidatorError } from "./errors.js";
import { checkHeaders } from "./headers/check.js";
import { normalizeHeaders } from "./headers/normalize.js";
import type { HeaderPresenceRule } from "./headers/rules.js";
import { normalizeOptions, type NormalizedOptions, type ValidatorOptions } from "./options.js";
import { createAjv } from "./schema/ajv.js";
import { cacheKey, compileAll, type CompiledCache } from "./schema/compile.js";
import { toViolations } from "./schema/toViolations.js";
import { loadSpecs } from "./spec/load.js";
import type { OperationModel, SpecModel } from "./spec/model.js";
import { responseFor } from "./status.js";
import type { ResponseInput, ValidationResult, Violation } from "./types.js";

export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly specPath: string;
  readonly produces: readonly string[];
  readonly responses: readonly {
    readonly key: string;
    readonly errorOnly: boolean;
    readonly hasBody: boolean;
    readonly headers: readonly string[];
  }[];
}

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

  const operationOf = (operationId: string): OperationModel => {
    const operation = model.operations.get(operationId);
    if (!operation) throw new UnknownOperationError(operationId, [...model.operations.keys()]);
    return operation;
  };

  return {
    model,
    options: normalized,
    validateResponse(input) {
      const operation = operationOf(input.operationId);
      let violations: Violation[];
      try {
        violations = check(input, operation, compiled, normalized, rulesByOperation, coverage);
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
    operations: () => [...model.operations.values()].map(describe),
    coverage: () => coverage.snapshot(),
    resetCoverage: () => coverage.reset(),
    bodyValidator(operationId, status) {
      const response = responseFor(operationOf(operationId), status);
      // The cached ajv function itself: no wrapper in the measured path.
      return response && compiled.get(cacheKey(operationId, response.key))?.body;
    },
  };
}

function check(
  input: ResponseInput,
  operation: OperationModel,
  compiled: CompiledCache,
  options: NormalizedOptions,
  rulesByOperation: ReadonlyMap<string, readonly HeaderPresenceRule[]>,
  coverage: CoverageRecorder,
): Violation[] {
  const { operationId } = operation;
  const { status } = input;
  const record = (
    location: Violation["location"],
    code: Violation["code"],
    keyword: string,
    message: string,
  ): Violation => ({
    operation: operationId,
    status,
    location,
    pointer: "",
    keyword,
    message,
    code,
  });

  const response = responseFor(operation, status);
  coverage.status(operationId, response?.key, status);
  if (!response) {
    const declared = [...operation.responses.values()]
      .map((r) => (r.errorOnly ? "default (4xx/5xx only)" : r.key))
      .join(", ");
    return [
      record(
        "status",
        "INVALID_RESPONSE_CODE",
        "status",
        `status ${status} is not declared; the spec declares ${declared}`,
      ),
    ];
  }
  const violations: Violation[] = [];
  const compiledResponse = compiled.get(cacheKey(operationId, response.key));

  const headers = normalizeHeaders(input.headers, options.maxHeaderBytes);
  if (!headers.ok) {
    violations.push(
      record(
        "header",
        "HEADERS_TOO_LARGE",
        "maxHeaderBytes",
        `headers exceed ${options.maxHeaderBytes} bytes; no header was checked`,
      ),
    );
  }
  const headerMap = headers.ok ? headers.headers : new Map<string, string>();

  let body: { value: unknown } | undefined;
  if (response.schema && compiledResponse?.body) {
    if (headers.ok) {
      const problem = contentTypeProblem(headerMap.get("content-type"), operation.produces);
      if (problem)
        violations.push(record("content-type", "INVALID_CONTENT_TYPE", "produces", problem));
    }
    const read = readBody(input.body, options);
    if (read.kind === "absent") {
      violations.push(
        record(
          "body",
          "INVALID_RESPONSE_BODY",
          "required",
          "body is required but the response has none",
        ),
      );
    } else if (read.kind === "violation") {
      violations.push(record("body", read.code, read.keyword, read.message));
    } else {
      body = { value: read.value };
      violations.push(...validateBody(compiledResponse.body, read.value, operationId, status));
    }
  }

  if (headers.ok && compiledResponse) {
    violations.push(
      ...checkHeaders({
        operation: operationId,
        status,
        response,
        compiled: compiledResponse.headers,
        headers: headerMap,
        rules: rulesByOperation.get(operationId) ?? [],
        body,
      }),
    );
  }
  if (violations.length === 0) {
    coverage.passed(operationId, response.key, headerMap, body?.value);
  }
  return violations;
}

function validateBody(
  validate: ValidateFunction,
  value: unknown,
  operation: string,
  status: number,
): Violation[] {
  if (validate(value)) return [];
  return toViolations(validate.errors ?? [], {
    operation,
    status,
    location: "body",
    basePointer: "",
    data: value,
  });
}

/** Checked once: a rule naming an undeclared header means the rule table and the spec drifted. */
function groupRules(
  model: SpecModel,
  rules: readonly HeaderPresenceRule[],
): ReadonlyMap<string, readonly HeaderPresenceRule[]> {
  const grouped = new Map<string, HeaderPresenceRule[]>();
  for (const rule of rules) {
    const response = model.operations.get(rule.operationId)?.responses.get(rule.response);
    if (!response) continue; // a rule for a spec that is not loaded
    if (!response.headers.some((h) => h.lower === rule.header.toLowerCase())) {
      throw new ValidatorError(
        "INVALID_HEADER_RULE",
        `header rule for ${rule.operationId} ${rule.response} names ${rule.header}, which that response does not declare`,
      );
    }
    grouped.set(rule.operationId, [...(grouped.get(rule.operationId) ?? []), rule]);
  }
  return grouped;
}

function describe(operation: OperationModel): OperationInfo {
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    specPath: operation.spec.path,
    produces: operation.produces,
    responses: [...operation.responses.values()].map((r) => ({
      key: r.key,
      errorOnly: r.errorOnly,
      hasBody: r.schema !== undefined,
      headers: r.headers.map((h) => h.name),
    })),
  };
}
