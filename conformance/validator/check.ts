/**
 * One response, checked part by part: status, headers, Content-Type, body framing and schema,
 * declared headers and presence rules. Every finding is appended as a record. What can be decided
 * per operation is decided once, by `prepareOperation`, so that the per-response path only reads.
 */
import type { ValidateFunction } from "ajv";
import { readBody, readPlainText } from "./body/read.js";
import {
  contentTypeCheck,
  isJsonMediaType,
  mediaType,
  type ContentTypeCheck,
} from "./contentType.js";
import { checkHeaders } from "./headers/check.js";
import type { PreparedRule } from "./headers/groupRules.js";
import { readHeaders } from "./headers/read.js";
import type { NormalizedOptions } from "./options.js";
import type { CompiledResponse } from "./schema/compile.js";
import { toViolations } from "./schema/toViolations.js";
import { target, type OperationModel, type ResponseModel } from "./spec/model.js";
import { responseFor } from "./status.js";
import type { Violation } from "./types.js";

/** What is told about every checked response: coverage listens here. */
export interface CheckObserver {
  /** `responseKey` is that of the declared response the status falls under, if any. */
  status(operationId: string, responseKey: string | undefined, status: number): void;
  passed(
    operationId: string,
    responseKey: string,
    headers: ReadonlyMap<string, string>,
    body: unknown,
  ): void;
}

export interface PreparedResponse {
  readonly model: ResponseModel;
  readonly body: ValidateFunction | undefined;
  readonly headers: ReadonlyMap<string, ValidateFunction>;
  /** `json`: parsed; `string`: JSON, or the text itself when sent as non-JSON text; `file`: bytes. */
  readonly bodyKind: "json" | "string" | "file" | "none";
  readonly rules: readonly PreparedRule[];
}

export interface PreparedOperation {
  readonly operation: OperationModel;
  /** Indexed by status code (100–599): the declared response it falls under. */
  readonly byStatus: readonly (PreparedResponse | undefined)[];
  readonly contentType: ContentTypeCheck;
  /** Media types of `produces` that are not JSON: a body sent as one of them is not parsed. */
  readonly textTypes: ReadonlySet<string>;
  /** For the undeclared-status message. */
  readonly declared: string;
}

export function prepareOperation(
  operation: OperationModel,
  compiled: ReadonlyMap<string, CompiledResponse> | undefined,
  rules: readonly PreparedRule[],
): PreparedOperation {
  const prepared = new Map<string, PreparedResponse>();
  for (const model of operation.responses.values()) {
    const checks = compiled?.get(model.key);
    const type = model.schema && target(model.schema).type;
    prepared.set(model.key, {
      model,
      body: checks?.body,
      headers: checks?.headers ?? new Map(),
      bodyKind:
        type === "file" ? "file" : !checks?.body ? "none" : type === "string" ? "string" : "json",
      rules: rules.filter((r) => r.rule.response === model.key),
    });
  }
  const byStatus: (PreparedResponse | undefined)[] = [];
  for (let status = 100; status <= 599; status++) {
    const model = responseFor(operation, status);
    byStatus[status] = model && prepared.get(model.key);
  }
  return {
    operation,
    byStatus,
    contentType: contentTypeCheck(operation.produces),
    textTypes: new Set(operation.produces.map(mediaType).filter((t) => !isJsonMediaType(t))),
    declared: [...operation.responses.values()]
      .map((r) => (r.errorOnly ? "default (4xx/5xx only)" : r.key))
      .join(", "),
  };
}

export interface CheckContext {
  readonly options: NormalizedOptions;
  readonly observer: CheckObserver;
}

/** Status first (nothing else can be checked without a declared response), then the rest. */
export function checkResponse(
  prepared: PreparedOperation,
  status: number,
  headersInput: unknown,
  bodyInput: unknown,
  { options, observer }: CheckContext,
): Violation[] {
  const { operationId } = prepared.operation;
  const response = prepared.byStatus[status];
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

  observer.status(operationId, response?.model.key, status);
  if (!response) {
    const message = `status ${status} is not declared; the spec declares ${prepared.declared}`;
    return [record("status", "INVALID_RESPONSE_CODE", "status", message)];
  }
  const violations: Violation[] = [];
  const headers = readHeaders(headersInput as never, options.maxHeaderBytes);
  if (!headers.ok) {
    const message = `headers exceed ${options.maxHeaderBytes} bytes; no header was checked`;
    violations.push(record("header", "HEADERS_TOO_LARGE", "maxHeaderBytes", message));
  }
  const headerMap = headers.ok ? headers.headers : EMPTY_HEADERS;

  let body: { value: unknown } | undefined;
  if (response.bodyKind !== "none") {
    const contentType = headerMap.get("content-type");
    if (headers.ok) {
      const problem = prepared.contentType(contentType);
      if (problem)
        violations.push(record("content-type", "INVALID_CONTENT_TYPE", "produces", problem));
    }
    const asText =
      contentType !== undefined &&
      prepared.textTypes.size > 0 &&
      prepared.textTypes.has(mediaType(contentType));
    // A binary body, or text the schema cannot describe (XML, say): nothing to validate.
    if (
      response.body &&
      response.bodyKind !== "file" &&
      (!asText || response.bodyKind === "string")
    ) {
      const read = asText ? readPlainText(bodyInput, options) : readBody(bodyInput, options);
      if (read.kind === "absent") {
        const message = "body is required but the response has none";
        violations.push(record("body", "INVALID_RESPONSE_BODY", "required", message));
      } else if (read.kind === "violation") {
        violations.push(record("body", read.code, read.keyword, read.message));
      } else {
        body = { value: read.value };
        if (!response.body(read.value)) {
          pushAll(
            violations,
            toViolations(response.body.errors ?? [], {
              operation: operationId,
              status,
              location: "body",
              basePointer: "",
              data: read.value,
            }),
          );
        }
      }
    }
  }

  if (headers.ok) {
    checkHeaders(
      {
        operation: operationId,
        status,
        response: response.model,
        compiled: response.headers,
        headers: headerMap,
        controlCharacters: headers.controlCharacters,
        rules: response.rules,
        body,
      },
      violations,
    );
  }
  if (violations.length === 0)
    observer.passed(operationId, response.model.key, headerMap, body?.value);
  return violations;
}

const EMPTY_HEADERS: ReadonlyMap<string, string> = new Map();

function pushAll(into: Violation[], items: readonly Violation[]): void {
  for (const item of items) into.push(item);
}
