/**
 * One response, checked part by part: status, headers size, Content-Type, body framing and schema,
 * declared headers and presence rules. Every finding is appended as a record.
 */
import type { ValidateFunction } from "ajv";
import { readBody } from "./body/read.js";
import { contentTypeCheck, type ContentTypeCheck } from "./contentType.js";
import type { CoverageRecorder } from "./coverage.js";
import { checkHeaders } from "./headers/check.js";
import { normalizeHeaders } from "./headers/normalize.js";
import type { HeaderPresenceRule } from "./headers/rules.js";
import type { NormalizedOptions } from "./options.js";
import { cacheKey, type CompiledCache, type CompiledResponse } from "./schema/compile.js";
import { toViolations } from "./schema/toViolations.js";
import type { OperationModel } from "./spec/model.js";
import { responseFor } from "./status.js";
import type { ResponseInput, Violation } from "./types.js";

/**
 * What checking a response of one operation needs, prepared once by `createValidator()` so that
 * the per-response path does no string building or `produces` parsing.
 */
export interface PreparedOperation {
  readonly operation: OperationModel;
  /** By response key (`"200"`, `"default"`). */
  readonly compiled: ReadonlyMap<string, CompiledResponse>;
  /** Header presence rules of this operation. */
  readonly rules: readonly HeaderPresenceRule[];
  readonly contentTypeProblem: ContentTypeCheck;
  /** For the undeclared-status message. */
  readonly declared: string;
}

export function prepareOperation(
  operation: OperationModel,
  compiled: CompiledCache,
  rules: readonly HeaderPresenceRule[],
): PreparedOperation {
  const byKey = new Map<string, CompiledResponse>();
  for (const key of operation.responses.keys()) {
    const response = compiled.get(cacheKey(operation.operationId, key));
    if (response) byKey.set(key, response);
  }
  return {
    operation,
    compiled: byKey,
    rules,
    contentTypeProblem: contentTypeCheck(operation.produces),
    declared: [...operation.responses.values()]
      .map((r) => (r.errorOnly ? "default (4xx/5xx only)" : r.key))
      .join(", "),
  };
}

export interface CheckContext {
  readonly options: NormalizedOptions;
  readonly coverage: CoverageRecorder;
}

/** Status first (nothing else can be checked without a declared response), then the rest. */
export function checkResponse(
  input: ResponseInput,
  prepared: PreparedOperation,
  { options, coverage }: CheckContext,
): Violation[] {
  const { operation } = prepared;
  const { operationId } = operation;
  const { status } = input;

  const response = responseFor(operation, status);
  coverage.status(operationId, response?.key, status);
  if (!response) {
    const message = `status ${status} is not declared; the spec declares ${prepared.declared}`;
    return [record(operationId, status, "status", "INVALID_RESPONSE_CODE", "status", message)];
  }
  const violations: Violation[] = [];
  const compiledResponse = prepared.compiled.get(response.key);

  const headers = normalizeHeaders(input.headers, options.maxHeaderBytes);
  if (!headers.ok) {
    violations.push(
      record(
        operationId,
        status,
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
      const problem = prepared.contentTypeProblem(headerMap.get("content-type"));
      if (problem) {
        violations.push(
          record(operationId, status, "content-type", "INVALID_CONTENT_TYPE", "produces", problem),
        );
      }
    }
    const read = readBody(input.body, options);
    if (read.kind === "absent") {
      violations.push(
        record(
          operationId,
          status,
          "body",
          "INVALID_RESPONSE_BODY",
          "required",
          "body is required but the response has none",
        ),
      );
    } else if (read.kind === "violation") {
      violations.push(record(operationId, status, "body", read.code, read.keyword, read.message));
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
        rules: prepared.rules,
        body,
      }),
    );
  }
  if (violations.length === 0) {
    coverage.passed(operationId, response.key, headerMap, body?.value);
  }
  return violations;
}

/** A whole-response finding: its pointer is always the root. */
function record(
  operation: string,
  status: number,
  location: Violation["location"],
  code: Violation["code"],
  keyword: string,
  message: string,
): Violation {
  return { operation, status, location, pointer: "", keyword, message, code };
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
