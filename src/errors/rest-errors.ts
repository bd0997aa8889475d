/**
 * The `RestError`s this package throws for HTTP and connection failures, built so that nothing in
 * them (message, JSON, `util.inspect`, the attached request and response) holds a credential, even
 * when a server echoes one back: every string comes from the server through `redact`, and the
 * request attached is a copy with the URL redacted and no header.
 */
import {
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import { redactJson, redactUrl } from "./redact.js";
import { serviceErrorOf } from "./service-error.js";

/** Codes of the errors this package makes (RestError's own codes are kept for the others). */
export const REST_ERROR_CODES = Object.freeze({
  /**
   * A 200 answer that is not the operation's status (not JSON, no `status`, another id), or an
   * answer whose body is over 4 MiB, whatever its status.
   */
  malformed: "MalformedResponse",
  /** No answer, or no complete body, within `requestTimeoutInMs`. */
  timeout: "RequestTimeout",
  /** An HTTP status other than 200 with no error code in the answer. */
  unexpectedStatus: "UnexpectedStatus",
});

export interface ErrorContext {
  /** "Dataset" or "Data Registry". */
  readonly title: string;
  readonly operationId: string;
  /** Removes the client's current secrets from a text. */
  readonly redact: (text: string) => string;
}

/** A request copy safe to attach: redacted URL, method, no header, nothing else. */
function safeRequest(method: string, url: string) {
  return createPipelineRequest({ url: redactUrl(url), method: method as "GET" });
}

/** A response copy safe to attach: status, redacted headers and body, the safe request. */
function safeResponse(
  response: {
    status: number;
    headers: Record<string, string>;
    bodyAsText?: string;
    body?: unknown;
  },
  method: string,
  url: string,
  redact: (text: string) => string,
): PipelineResponse {
  const headers = createHttpHeaders();
  for (const [name, value] of Object.entries(response.headers)) headers.set(name, redact(value));
  return {
    request: safeRequest(method, url),
    status: response.status,
    headers,
    ...(response.bodyAsText === undefined ? {} : { bodyAsText: redact(response.bodyAsText) }),
  };
}

/** An answer with an HTTP status other than 200. */
export function unexpectedStatusError(
  context: ErrorContext,
  answer: {
    method: string;
    url: string;
    status: number;
    headers: Record<string, string>;
    body: unknown;
  },
): RestError {
  const body = redactJson(answer.body, context.redact);
  const service = serviceErrorOf(body);
  const headerCode = answer.headers["x-ms-error-code"];
  const code =
    (headerCode === undefined ? undefined : context.redact(headerCode)) ??
    (typeof service?.code === "string" ? service.code : undefined) ??
    REST_ERROR_CODES.unexpectedStatus;
  const detail = typeof service?.message === "string" ? `: ${service.message}` : "";
  const message = context.redact(
    `${context.title} Get Operation for ${JSON.stringify(context.operationId)} failed at` +
      ` ${answer.method} ${redactUrl(answer.url)}: HTTP ${answer.status} ${code}${detail}`,
  );
  return new RestError(message, {
    code,
    statusCode: answer.status,
    request: safeRequest(answer.method, answer.url),
    response: safeResponse(
      {
        status: answer.status,
        headers: answer.headers,
        bodyAsText: body === undefined ? undefined : JSON.stringify(body),
      },
      answer.method,
      answer.url,
      context.redact,
    ),
  });
}

/** A 200 answer that is not a usable status body. */
export function malformedResponseError(
  context: ErrorContext,
  answer: { method: string; url: string; status: number; headers: Record<string, string> },
  reason: string,
): RestError {
  return new RestError(
    context.redact(
      `${context.title} Get Operation for ${JSON.stringify(context.operationId)} got a malformed` +
        ` answer from ${answer.method} ${redactUrl(answer.url)} (HTTP ${answer.status}): ${reason}`,
    ),
    {
      code: REST_ERROR_CODES.malformed,
      statusCode: answer.status,
      request: safeRequest(answer.method, answer.url),
      response: safeResponse(
        { status: answer.status, headers: answer.headers },
        answer.method,
        answer.url,
        context.redact,
      ),
    },
  );
}

/**
 * No (complete) answer: the connection failed, the request timed out, or the body broke off after
 * the status line (`answeredStatus`; then the message must not say "no answer", the server did
 * answer). core's errors carry the real request, headers included: this copy does not.
 */
export function transportError(
  context: ErrorContext,
  request: { method: string; url: string },
  cause: { code?: string; message: string; statusCode?: number } | "timeout",
  timeoutInMs?: number,
  answeredStatus?: number,
): RestError {
  const code =
    cause === "timeout" ? REST_ERROR_CODES.timeout : (cause.code ?? RestError.REQUEST_SEND_ERROR);
  const why =
    cause === "timeout"
      ? answeredStatus === undefined
        ? `no answer within ${timeoutInMs} ms`
        : `its body did not finish within ${timeoutInMs} ms`
      : `${answeredStatus === undefined ? "" : "its body broke off: "}${cause.code ?? "error"}: ${cause.message}`;
  const got =
    answeredStatus === undefined
      ? "got no answer"
      : `got an incomplete answer (HTTP ${answeredStatus})`;
  return new RestError(
    context.redact(
      `${context.title} Get Operation for ${JSON.stringify(context.operationId)} ${got}` +
        ` from ${request.method} ${redactUrl(request.url)}: ${why}`,
    ),
    {
      code,
      ...(cause !== "timeout" && cause.statusCode !== undefined
        ? { statusCode: cause.statusCode }
        : answeredStatus === undefined
          ? {}
          : { statusCode: answeredStatus }),
      request: safeRequest(request.method, request.url),
    },
  );
}
