import { isRestError, RestError } from "@azure/core-rest-pipeline";
import type { ApiDescriptor } from "../apis.js";
import type { ClientInfo } from "../client/client-info.js";
import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { redactJson } from "../errors/redact.js";
import {
  malformedResponseError,
  REST_ERROR_CODES,
  transportError,
  unexpectedStatusError,
  type ErrorContext,
} from "../errors/rest-errors.js";
import { isUnexpected } from "../is-unexpected.js";
import { answeredStatusOf } from "../pipeline/body-limit-policy.js";
import { markPollerOwnsRetries } from "../pipeline/retry-policy.js";
import { childController, type AbortSignalLike } from "./abort.js";
import { datasetIdOf } from "./dataset-location.js";
import { retryAfterMs } from "./retry-after.js";

/** HTTP statuses worth another try (RFC 9110: the server may recover). */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export type PollOutcome =
  | {
      readonly kind: "status";
      /** Redacted. */
      readonly serviceStatus: string;
      /** Redacted. */
      readonly body: Record<string, unknown>;
      readonly resourceLocation?: string;
      readonly datasetId?: string;
      readonly retryAfterMs: number | undefined;
    }
  /** Worth retrying: a 408/429/5xx, no answer, a malformed answer. */
  | { readonly kind: "transient"; readonly error: RestError; readonly retryAfterMs?: number }
  /** Not worth retrying: another HTTP status (401, 404...), a credential failure, a bug. */
  | { readonly kind: "fatal"; readonly error: unknown }
  /** The caller's signal aborted the request. */
  | { readonly kind: "stopped" };

export interface PollRequest {
  readonly client: DatasetOperationsClient | DataRegistryOperationsClient;
  readonly api: ApiDescriptor;
  readonly info: ClientInfo;
  readonly operationId: string;
  readonly abortSignal: AbortSignalLike | undefined;
  readonly requestTimeoutInMs: number;
}

/** One GET through the client's typed route, sorted into what the poller does next. Never throws. */
export async function pollOnce(request: PollRequest): Promise<PollOutcome> {
  const { api, info, operationId } = request;
  const context: ErrorContext = { title: api.title, operationId, redact: info.redact };
  // Our own timer and signal: core's `timeout` option leaves its timer running when the request
  // fails, and the signal carries the mark that makes core's retry policy stand aside.
  const { controller, dispose } = childController(request.abortSignal);
  markPollerOwnsRetries(controller.signal);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.requestTimeoutInMs);
  const url = `${info.endpoint}${api.path.replace("{operationId}", encodeURIComponent(operationId))}`;
  let response;
  let unexpected: boolean;
  try {
    const options = { abortSignal: controller.signal };
    if (api.name === "dataset") {
      const answer = await (request.client as DatasetOperationsClient)
        .path("/datasets/operations/{operationId}", operationId)
        .get(options);
      unexpected = isUnexpected(answer);
      response = answer;
    } else {
      const answer = await (request.client as DataRegistryOperationsClient)
        .path("/dataRegistries/operations/{operationId}", operationId)
        .get(options);
      unexpected = isUnexpected(answer);
      response = answer;
    }
  } catch (error) {
    if (request.abortSignal?.aborted) return { kind: "stopped" };
    // Set when the status line arrived and the body did not: not "no answer".
    const answered = answeredStatusOf(error);
    if (timedOut) {
      return {
        kind: "transient",
        error: transportError(
          context,
          { method: "GET", url },
          "timeout",
          request.requestTimeoutInMs,
          answered,
        ),
      };
    }
    // The body-limit policy's: already this package's safe, redacted error.
    if (isRestError(error) && error.code === REST_ERROR_CODES.malformed) {
      return { kind: "transient", error };
    }
    if (isRestError(error) && error.code === RestError.PARSE_ERROR) {
      const headers = error.response?.headers.toJSON() ?? {};
      return {
        kind: "transient",
        error: malformedResponseError(
          context,
          { method: "GET", url, status: error.statusCode ?? 200, headers },
          "the body is not valid JSON",
        ),
      };
    }
    if (isRestError(error)) {
      return {
        kind: "transient",
        error: transportError(
          context,
          { method: "GET", url: error.request?.url ?? url },
          error,
          undefined,
          answered,
        ),
      };
    }
    return { kind: "fatal", error };
  } finally {
    clearTimeout(timer);
    dispose();
  }

  const answer = {
    method: "GET",
    url: response.request.url,
    status: Number(response.status),
    headers: response.headers as Record<string, string>,
  };
  const delay = retryAfterMs(answer.headers, Date.now());
  if (unexpected) {
    const error = unexpectedStatusError(context, { ...answer, body: response.body });
    return TRANSIENT_STATUSES.has(answer.status)
      ? { kind: "transient", error, ...(delay === undefined ? {} : { retryAfterMs: delay }) }
      : { kind: "fatal", error };
  }
  const malformed = (reason: string): PollOutcome => ({
    kind: "transient",
    error: malformedResponseError(context, answer, reason),
    ...(delay === undefined ? {} : { retryAfterMs: delay }),
  });
  // The types say what the spec says; a server may still send anything.
  const body: unknown = response.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return malformed("the body is not a JSON object");
  }
  const record = body as Record<string, unknown>;
  if (typeof record.status !== "string") return malformed("the body has no string `status`");
  const idField = api.name === "dataset" ? "operationId" : "id";
  if (record[idField] !== undefined && record[idField] !== operationId) {
    return malformed(`the body's \`${idField}\` is not the operation polled`);
  }
  const safeBody = redactJson(record, info.redact) ?? {};
  const serviceStatus = info.redact(record.status);
  if (api.name === "dataset" && record.status === api.succeeded) {
    const resourceLocation = answer.headers["resource-location"];
    const datasetId = datasetIdOf(resourceLocation);
    if (resourceLocation === undefined || datasetId === undefined) {
      return malformed("Succeeded without a Resource-Location URL ending in /datasets/{datasetId}");
    }
    return {
      kind: "status",
      serviceStatus,
      body: safeBody,
      resourceLocation: info.redact(resourceLocation),
      datasetId: info.redact(datasetId),
      retryAfterMs: delay,
    };
  }
  return { kind: "status", serviceStatus, body: safeBody, retryAfterMs: delay };
}
