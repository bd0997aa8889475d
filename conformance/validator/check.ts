/**
 * One response, checked part by part: status, headers, Content-Type, body framing and schema,
 * declared headers and presence rules. Every finding is appended as a record. What can be decided
 * per operation is decided once, by `prepareOperation`, so that the per-response path only reads.
 */
import type { ValidateFunction } from "ajv";
import { readBody, readPlainText } from "./body/read.js";
// From where it is defined, not through read.ts's re-export: under a CommonJS transform (tsx,
// jest) a re-exported binding is a chain of getters that V8 does not inline, on every response.
import { BodyProblem } from "./body/result.js";
import { contentTypeCheck, textBodyCheck, type ContentTypeCheck } from "./contentType.js";
import {
  checkHeaders,
  controlCharacterViolations,
  prepareHeaders,
  type PreparedHeader,
  type SlottedRule,
} from "./headers/check.js";
import type { PreparedRule } from "./headers/groupRules.js";
import { HeaderSlots, HeadersRead, readHeaders } from "./headers/read.js";
import type { NormalizedOptions } from "./options.js";
import type { CompiledResponse } from "./schema/compile.js";
import { toViolations } from "./schema/toViolations.js";
import { isBinaryBody, target, type OperationModel, type ResponseModel } from "./spec/model.js";
import { defaultCoversErrorsOnly, hasNoContent, responseFor } from "./status.js";
import type { Violation } from "./types.js";

/** What is told about every checked response: coverage listens here. */
export interface CheckObserver {
  /** Asked once per declared response, when the validator is built. */
  response(operationId: string, responseKey: string): ResponseObserver;
  /** A status no declared response covers. */
  undeclared(operationId: string, status: number): void;
}

export interface ResponseObserver {
  /** A response this declared response covers was checked. */
  checked(status: number): void;
  /**
   * ...and had no violation. `headers`: values by slot, Content-Type first, then the declared
   * headers in their order (see `HeaderSlots`).
   */
  passed(headers: readonly (string | undefined)[], body: unknown): void;
}

export interface PreparedResponse {
  readonly model: ResponseModel;
  readonly observer: ResponseObserver;
  readonly body: ValidateFunction | undefined;
  /** Content-Type in slot 0, then the declared headers. */
  readonly slots: HeaderSlots;
  readonly headers: readonly PreparedHeader[];
  /** `json`: parsed; `string`: JSON, or the text itself when sent as non-JSON text; `file`: bytes. */
  readonly bodyKind: "json" | "string" | "file" | "none";
  readonly rules: readonly SlottedRule[];
  /**
   * The buffer headers are read into, kept between responses; taken while in use, so that a
   * reentrant call (a header getter that validates another response) reads into a new one.
   */
  spare: HeadersRead | undefined;
}

export interface PreparedOperation {
  readonly operation: OperationModel;
  readonly operationId: string;
  /** Indexed by status code (100–599): the declared response it falls under. */
  readonly byStatus: readonly (PreparedResponse | undefined)[];
  readonly contentType: ContentTypeCheck;
  /** Whether a body sent with this Content-Type is text, not JSON (see `textBodyCheck`). */
  readonly isText: ((contentType: string) => boolean) | undefined;
  /** For the undeclared-status message. */
  readonly declared: string;
  /** A HEAD operation: its answers have no content (RFC 9110 §9.3.2). */
  readonly isHead: boolean;
  readonly observer: CheckObserver;
}

export function prepareOperation(
  operation: OperationModel,
  compiled: ReadonlyMap<string, CompiledResponse> | undefined,
  rules: readonly PreparedRule[],
  observer: CheckObserver,
): PreparedOperation {
  const prepared = new Map<string, PreparedResponse>();
  for (const model of operation.responses.values()) {
    const checks = compiled?.get(model.key);
    const type = model.schema && (isBinaryBody(model.schema) ? "file" : target(model.schema).type);
    const headers = prepareHeaders(
      model.headers,
      checks?.headers ?? new Map(),
      rules.filter((r) => r.rule.response === model.key),
      operation.produces,
    );
    prepared.set(model.key, {
      model,
      observer: observer.response(operation.operationId, model.key),
      body: checks?.body,
      slots: headers.slots,
      headers: headers.checks,
      bodyKind:
        type === "file" ? "file" : !checks?.body ? "none" : type === "string" ? "string" : "json",
      rules: headers.rules,
      spare: new HeadersRead(headers.slots),
    });
  }
  const byStatus: (PreparedResponse | undefined)[] = [];
  for (let status = 100; status <= 599; status++) {
    const model = responseFor(operation, status);
    byStatus[status] = model && prepared.get(model.key);
  }
  return {
    operation,
    operationId: operation.operationId,
    byStatus,
    contentType: contentTypeCheck(operation.produces),
    isText: textBodyCheck(operation.produces),
    isHead: operation.method.toLowerCase() === "head",
    declared: [...operation.responses.values()]
      .map((r) =>
        r.key === "default" && defaultCoversErrorsOnly(operation)
          ? "default (4xx/5xx only)"
          : r.key,
      )
      .join(", "),
    observer,
  };
}

/**
 * Status first (nothing else can be checked without a declared response), then the rest.
 * `undefined` when the response passed: nothing is allocated for a passing response.
 */
export function checkResponse(
  prepared: PreparedOperation,
  status: number,
  headersInput: unknown,
  bodyInput: unknown,
  options: NormalizedOptions,
): Violation[] | undefined {
  const { operationId } = prepared;
  const response = prepared.byStatus[status];
  if (!response) {
    prepared.observer.undeclared(operationId, status);
    const message = `status ${status} is not declared; the spec declares ${prepared.declared}`;
    const violations = [
      record(operationId, status, "status", "INVALID_RESPONSE_CODE", "status", message),
    ];
    // No declared header to check, but a field that smuggles in another is wrong whatever the status.
    const headers = readHeaders(
      headersInput as never,
      options.maxHeaderBytes,
      new HeadersRead(NO_SLOTS),
    );
    if (headers.ok && headers.controlCharacters !== undefined) {
      return controlCharacterViolations(operationId, status, headers.controlCharacters, violations);
    }
    return violations;
  }
  response.observer.checked(status);
  const headers = response.spare ?? new HeadersRead(response.slots);
  response.spare = undefined;
  readHeaders(headersInput as never, options.maxHeaderBytes, headers);
  let violations: Violation[] | undefined;
  if (!headers.ok) {
    const message = `headers exceed ${options.maxHeaderBytes} bytes; no header was checked`;
    violations = [
      record(operationId, status, "header", "HEADERS_TOO_LARGE", "maxHeaderBytes", message),
    ];
  }
  const headerValues = headers.ok ? headers.values : NO_VALUES;

  // The parsed body, when there is one (`hasBody`): rules with `when` read it, coverage counts it.
  let hasBody = false;
  let body: unknown;
  // 1xx, 204 and 304, and any answer to HEAD, carry no content whatever the schema of the
  // response they fall under (a `default` with an error schema covers them too): no body or
  // Content-Type to require.
  const noContent = prepared.isHead || hasNoContent(status);
  if (response.bodyKind === "none" || noContent) {
    if (noContent && hasContent(bodyInput)) {
      const what = prepared.isHead ? `an answer to HEAD (${status})` : `a ${status} response`;
      const message = `${what} cannot have content (RFC 9110 ${NO_CONTENT_SECTIONS}), but this one has a body`;
      violations = add(
        violations,
        record(operationId, status, "body", "INVALID_RESPONSE_BODY", "content", message),
      );
    }
  } else {
    const contentType = headerValues[0];
    if (headers.ok) {
      const problem = prepared.contentType(contentType);
      if (problem) {
        violations = add(
          violations,
          record(operationId, status, "content-type", "INVALID_CONTENT_TYPE", "produces", problem),
        );
      }
    }
    const asText =
      contentType !== undefined && prepared.isText !== undefined && prepared.isText(contentType);
    // A binary body, or text the schema cannot describe (XML, say): nothing to validate.
    const validate = response.body;
    if (validate && response.bodyKind !== "file" && (!asText || response.bodyKind === "string")) {
      const read = asText ? readPlainText(bodyInput, options) : readBody(bodyInput, options);
      if (read instanceof BodyProblem) {
        violations = add(
          violations,
          record(operationId, status, "body", read.code, read.keyword, read.message),
        );
      } else {
        hasBody = true;
        body = read;
        if (!validate(read)) {
          const found = toViolations(validate.errors ?? [], {
            operation: operationId,
            status,
            location: "body",
            basePointer: "",
            data: read,
          });
          violations ??= [];
          for (const violation of found) violations.push(violation);
        }
      }
    }
  }

  if (headers.ok) {
    violations = checkHeaders(
      response,
      operationId,
      status,
      headers.values,
      headers.controlCharacters,
      hasBody,
      body,
      violations,
    );
  }
  if (violations === undefined) {
    response.observer.passed(headerValues, body);
  }
  response.spare = headers;
  return violations;
}

/** Anything but nothing: no body, an empty text, no bytes. */
function hasContent(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  if (typeof body === "string") return body.length > 0;
  if (body instanceof Uint8Array) return body.byteLength > 0;
  return true;
}

/** Where RFC 9110 says that HEAD, 1xx, 204 and 304 answers end with their header section. */
const NO_CONTENT_SECTIONS = "§6.4.1, §9.3.2, §15.2, §15.3.5, §15.4.5";

const NO_VALUES: readonly (string | undefined)[] = [];
/** For an undeclared status: no slot, the fields are only searched for CR, LF and NUL. */
const NO_SLOTS = new HeaderSlots([]);

function add(violations: Violation[] | undefined, violation: Violation): Violation[] {
  if (violations === undefined) return [violation];
  violations.push(violation);
  return violations;
}

/**
 * A whole-response finding: its pointer is always the root. (Module functions rather than
 * closures throughout the per-response path: nothing is allocated that need not be.)
 */
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
