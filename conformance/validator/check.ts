/**
 * One response, checked part by part: status, headers size, Content-Type, body framing and schema,
 * declared headers and presence rules. Every finding is appended as a record.
 */
import type { ValidateFunction } from "ajv";
import { readBody } from "./body/read.js";
import { contentTypeProblem } from "./contentType.js";
import type { CoverageRecorder } from "./coverage.js";
import { checkHeaders } from "./headers/check.js";
import { normalizeHeaders } from "./headers/normalize.js";
import type { HeaderPresenceRule } from "./headers/rules.js";
import type { NormalizedOptions } from "./options.js";
import { cacheKey, type CompiledCache } from "./schema/compile.js";
import { toViolations } from "./schema/toViolations.js";
import type { OperationModel } from "./spec/model.js";
import { responseFor } from "./status.js";
import type { ResponseInput, Violation } from "./types.js";

export interface CheckContext {
  readonly compiled: CompiledCache;
  readonly options: NormalizedOptions;
  /** Header presence rules of this operation. */
  readonly rules: readonly HeaderPresenceRule[];
  readonly coverage: CoverageRecorder;
}

/** Status first (nothing else can be checked without a declared response), then the rest. */
export function checkResponse(
  input: ResponseInput,
  operation: OperationModel,
  { compiled, options, rules, coverage }: CheckContext,
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
        rules,
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
