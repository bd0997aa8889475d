/**
 * `createValidationPolicy`: a pipeline policy that checks every response a client receives
 * against the specs and records the result. It observes only: the caller gets the response (or
 * the transport error) it would have got without the policy, and nothing the policy does throws.
 *
 * Install it per retry, so every attempt is checked, not only the last:
 * `additionalPolicies: [{ policy: createValidationPolicy(validator, { sink }), position: "perRetry" }]`.
 */
import {
  RestError,
  type HttpHeaders,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import type { ResponseValidator, Violation } from "../validator/index.js";
import { readStream } from "./readBody.js";
import type { LiveExchange, LiveSink, LiveViolation } from "./records.js";
import { redactText, redactUrl } from "./redact.js";
import { createOperationMatcher } from "./routes.js";

export const VALIDATION_POLICY_NAME = "conformanceValidationPolicy";

export interface ValidationPolicyOptions {
  /** Receives one record per response. Default: none (use `onViolation` alone, or both). */
  readonly sink?: LiveSink;
  /** Called once per violation, after the sink. Errors it throws are ignored. */
  readonly onViolation?: (violation: LiveViolation) => void;
  /**
   * Values cut out of every recorded URL and message, on top of the query redaction, e.g. a key
   * that a server echoes. A function is read at record time (rotating credentials). Default none.
   */
  readonly secrets?: readonly string[] | (() => readonly string[]);
}

/**
 * Set on a request this policy streams for itself, so that `maps-operations-rest`'s body limit
 * (a policy nearer the transport, which leaves a caller's own stream alone) still applies and
 * hands back the text. A registered symbol: the two packages share it without an export.
 */
const STREAMED_FOR_VALIDATION = Symbol.for("maps-operations.streamedForValidation");

/** "Any status": core-rest-pipeline's own marker for streaming every response. */
const ALL_STATUSES = new Set([Number.POSITIVE_INFINITY]);

export function createValidationPolicy(
  validator: ResponseValidator,
  options: ValidationPolicyOptions = {},
): PipelinePolicy {
  const match = createOperationMatcher(validator.operations());
  const secrets = (): readonly string[] => {
    try {
      return typeof options.secrets === "function" ? options.secrets() : (options.secrets ?? []);
    } catch {
      return [];
    }
  };
  const emit = (exchange: LiveExchange): void => {
    try {
      options.sink?.record(exchange);
    } catch {
      // A broken sink must not break the caller's request.
    }
    for (const violation of exchange.violations) {
      try {
        options.onViolation?.(violation);
      } catch {
        // Same: observing never fails the request.
      }
    }
  };
  const record = (
    base: ExchangeBase,
    operation: string | undefined,
    outcome: LiveExchange["outcome"],
    violations: readonly Violation[],
  ): void => {
    // Nobody would see this record: skip building it, since redacting its URL parses the URL.
    if (!options.sink && violations.length === 0) return;
    emit(exchange(base, operation, outcome, violations, secrets()));
  };

  const check = (operation: string, answer: Answer): readonly Violation[] => {
    try {
      return validator.validateResponse({
        operationId: operation,
        status: answer.status,
        headers: answer.headers.toJSON({ preserveCase: true }),
        // An empty body is "no body": the validator reports it when one is required.
        body: answer.body === undefined || answer.body.length === 0 ? undefined : answer.body,
      }).violations;
    } catch (error) {
      return [internal(operation, answer.status, error)];
    }
  };

  return {
    name: VALIDATION_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next) {
      const operation = match(request.method, request.url);
      const callerStreams = request.streamResponseStatusCodes !== undefined;
      // Streaming lets us keep the bytes of a body that breaks off; the text is restored below.
      const weStream = operation !== undefined && !callerStreams;
      const marked = request as PipelineRequest & { [STREAMED_FOR_VALIDATION]?: boolean };
      if (weStream) {
        request.streamResponseStatusCodes = ALL_STATUSES;
        marked[STREAMED_FOR_VALIDATION] = true;
      }
      let response: PipelineResponse;
      try {
        response = await next(request);
      } catch (error) {
        // maps-operations-rest read the body for us and it broke off: check what arrived, then
        // let the client's own error through.
        const partial = weStream ? partialAnswerOf(error) : undefined;
        if (partial !== undefined && operation !== undefined) {
          const base = { method: request.method, url: request.url, status: partial.status };
          record(base, operation, "validated", check(operation, partial));
        }
        throw error;
      } finally {
        if (weStream) {
          request.streamResponseStatusCodes = undefined;
          delete marked[STREAMED_FOR_VALIDATION];
        }
      }
      const base = { method: request.method, url: request.url, status: response.status };
      if (operation === undefined || callerStreams) {
        record(base, operation, callerStreams ? "streamed" : "unmatched", []);
        return response;
      }

      let body: Buffer | string | undefined = response.bodyAsText ?? undefined;
      let readError: unknown;
      const stream = response.readableStreamBody;
      if (stream) {
        const read = await readStream(stream);
        response.readableStreamBody = undefined;
        // The caller stopped reading: what arrived says nothing about the server.
        if (read.error !== undefined && request.abortSignal?.aborted) throw aborted(read.error);
        response.bodyAsText = read.bytes.toString("utf8");
        body = read.bytes;
        readError = read.error;
      }
      const violations = check(operation, {
        status: response.status,
        headers: response.headers,
        body,
      });
      record(base, operation, "validated", violations);
      if (readError !== undefined) throw transportError(readError);
      return response;
    },
  };
}

/** What arrived of an answer: its status, headers and body (bytes or text), if any. */
interface Answer {
  readonly status: number;
  readonly headers: HttpHeaders;
  readonly body: Buffer | string | undefined;
}

/** Set by maps-operations-rest's body limit on the error for a body that broke off. */
const PARTIAL_ANSWER = Symbol.for("maps-operations.partialAnswer");

function partialAnswerOf(error: unknown): Answer | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const partial = (error as Record<symbol, unknown>)[PARTIAL_ANSWER] as Answer | undefined;
  return partial !== undefined && typeof partial.status === "number" ? partial : undefined;
}

interface ExchangeBase {
  readonly method: string;
  readonly url: string;
  readonly status: number;
}

function exchange(
  base: ExchangeBase,
  operation: string | undefined,
  outcome: LiveExchange["outcome"],
  violations: readonly Violation[],
  secrets: readonly string[],
): LiveExchange {
  const url = redactText(redactUrl(base.url), secrets);
  return {
    method: base.method,
    url,
    operation,
    status: base.status,
    outcome,
    violations: violations.map((v) => ({
      ...v,
      // A property name is the server's text too: a key echoed as one lands in the pointer.
      pointer: redactText(v.pointer, secrets),
      message: redactText(v.message, secrets),
      method: base.method,
      url,
    })),
  };
}

/** An abort, as the transport reports one: the error itself when it is one. */
function aborted(error: unknown): unknown {
  if ((error as { name?: unknown })?.name === "AbortError") return error;
  return Object.assign(new Error("The operation was aborted.", { cause: error }), {
    name: "AbortError",
  });
}

/** The error the transport itself throws for a body that breaks off (core's `streamToText`). */
function transportError(error: unknown): unknown {
  if ((error as { name?: unknown })?.name === "AbortError") return error;
  const message = (error as { message?: unknown })?.message ?? String(error);
  return new RestError(`Error reading response as text: ${String(message)}`, {
    code: RestError.PARSE_ERROR,
  });
}

function internal(operation: string, status: number, error: unknown): Violation {
  return {
    operation,
    status,
    location: "body",
    pointer: "",
    keyword: "internal",
    message: `validator failed on this response: ${String((error as Error)?.message ?? error)}`,
    code: "INTERNAL_ERROR",
  };
}
