import type { Client } from "@azure-rest/core-client";
import { isRestError } from "@azure/core-rest-pipeline";
import type { ApiDescriptor } from "../apis.js";
import type { ClientInfo } from "../client/client-info.js";
import { ConnectionError } from "../errors/connection-error.js";
import { MalformedResponseError } from "../errors/malformed-response-error.js";
import type { MapsOperationsError } from "../errors/maps-operations-error.js";
import { redactJson, redactUrl } from "../errors/redact.js";
import { UnexpectedResponseError } from "../errors/unexpected-response-error.js";
import { CALLER_RETRIES_HEADER } from "../pipeline/retry-policy.js";
import { datasetIdOf } from "./dataset-location.js";
import { retryAfterMs } from "./retry-after.js";

/** HTTP statuses worth another try (RFC 9110: the server may recover). */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export type PollOutcome =
  | {
      kind: "status";
      status: string;
      body: Record<string, unknown>;
      resourceLocation?: string;
      datasetId?: string;
      retryAfterMs: number | undefined;
    }
  | { kind: "transient"; toError: (attempts: number) => MapsOperationsError; retryAfterMs?: number }
  | { kind: "fatal"; error: unknown }
  | { kind: "stopped" };

export interface PollContext {
  client: Client;
  api: ApiDescriptor;
  info: ClientInfo;
  operationId: string;
  signal: AbortSignal;
  requestTimeoutMs: number;
  isStopped: () => boolean;
}

/** One GET, sorted into what the waiter does next. Never throws. */
export async function pollOnce(context: PollContext): Promise<PollOutcome> {
  const { client, api, info, operationId } = context;
  const fallbackUrl = redactUrl(
    `${info.endpoint}${api.path.replace("{operationId}", encodeURIComponent(operationId))}`,
  );
  const base = { api: api.title, operationId, redact: info.redact };
  // A timer of our own: core's `timeout` request option leaves its timer running when the request
  // fails (node HTTP client, ts-http-runtime), which keeps the process alive for that long.
  const perRequest = new AbortController();
  const onStop = () => perRequest.abort();
  context.signal.addEventListener("abort", onStop, { once: true });
  if (context.signal.aborted) perRequest.abort();
  const timer = setTimeout(() => perRequest.abort(), context.requestTimeoutMs);
  let response;
  try {
    // path() percent-encodes the id; it is a checked string, never `{ allowReserved }`.
    response = await client.pathUnchecked(api.path, operationId).get({
      abortSignal: perRequest.signal,
      headers: { [CALLER_RETRIES_HEADER]: "1" },
    });
  } catch (error) {
    if (context.isStopped()) return { kind: "stopped" };
    const url = isRestError(error) && error.request ? redactUrl(error.request.url) : fallbackUrl;
    if ((error as { name?: unknown })?.name === "AbortError") {
      const reason = "RequestTimeout";
      return {
        kind: "transient",
        toError: (attempts) => new ConnectionError({ ...base, url, reason, attempts }),
      };
    }
    if (isRestError(error) && error.code === "PARSE_ERROR") {
      const status = error.statusCode;
      return {
        kind: "transient",
        toError: (attempts) =>
          new MalformedResponseError({
            ...base,
            url,
            status,
            reason: "the body is not valid JSON",
            attempts,
          }),
      };
    }
    if (isRestError(error)) {
      const reason = error.code ?? "REQUEST_SEND_ERROR";
      return {
        kind: "transient",
        toError: (attempts) => new ConnectionError({ ...base, url, reason, attempts }),
      };
    }
    return { kind: "fatal", error };
  } finally {
    clearTimeout(timer);
    context.signal.removeEventListener("abort", onStop);
  }

  const url = redactUrl(response.request.url);
  const status = Number(response.status);
  const headers = response.headers as Record<string, string>;
  const delay = retryAfterMs(headers, Date.now());
  if (status !== 200) {
    const toError = (attempts: number) =>
      new UnexpectedResponseError({
        ...base,
        url,
        status,
        headers,
        body: redactJson(response.body, info.redact),
        attempts,
      });
    return TRANSIENT_STATUSES.has(status)
      ? { kind: "transient", toError, retryAfterMs: delay }
      : { kind: "fatal", error: toError(1) };
  }

  const malformed = (reason: string): PollOutcome => ({
    kind: "transient",
    retryAfterMs: delay,
    toError: (attempts) => new MalformedResponseError({ ...base, url, status, reason, attempts }),
  });
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
  if (api.name === "dataset" && record.status === api.succeeded) {
    const resourceLocation = headers["resource-location"];
    const datasetId = datasetIdOf(resourceLocation);
    if (resourceLocation === undefined || datasetId === undefined) {
      return malformed("Succeeded without a Resource-Location URL ending in /datasets/{datasetId}");
    }
    return {
      kind: "status",
      status: record.status,
      body: record,
      resourceLocation,
      datasetId,
      retryAfterMs: delay,
    };
  }
  return { kind: "status", status: record.status, body: record, retryAfterMs: delay };
}
