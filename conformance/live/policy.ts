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

  return {
    name: VALIDATION_POLICY_NAME,
    async sendRequest(request: PipelineRequest, next) {
      const operation = match(request.method, request.url);
      const callerStreams = request.streamResponseStatusCodes !== undefined;
      // Streaming lets us keep the bytes of a body that breaks off; the text is restored below.
      const weStream = operation !== undefined && !callerStreams;
      if (weStream) request.streamResponseStatusCodes = ALL_STATUSES;
      let response: PipelineResponse;
      try {
        response = await next(request);
      } finally {
        if (weStream) request.streamResponseStatusCodes = undefined;
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
        response.bodyAsText = read.bytes.toString("utf8");
        body = read.bytes;
        readError = read.error;
      }
      let violations: readonly Violation[];
      try {
        violations = validator.validateResponse({
          operationId: operation,
          status: response.status,
          headers: response.headers.toJSON({ preserveCase: true }),
          // An empty body is "no body": the validator reports it when one is required.
          body: body === undefined || body.length === 0 ? undefined : body,
        }).violations;
      } catch (error) {
        violations = [internal(operation, response.status, error)];
      }
      record(base, operation, "validated", violations);
      if (readError !== undefined) throw transportError(readError);
      return response;
    },
  };
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
      message: redactText(v.message, secrets),
      method: base.method,
      url,
    })),
  };
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
