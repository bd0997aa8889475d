import { AbortError } from "@azure/abort-controller";
import { RestError, type PipelinePolicy } from "@azure/core-rest-pipeline";
import type { ApiDescriptor } from "../apis.js";
import { malformedResponseError } from "../errors/rest-errors.js";
import { childController } from "../poller/abort.js";

export const BODY_LIMIT_POLICY_NAME = "mapsBodyLimitPolicy";

/**
 * The largest answer body read, after decompression: 4 MiB. A status body is under 1 KiB; core
 * reads any body whole into one string, so a hostile 512 MiB body (or a 600 KB gzip bomb) threw
 * ERR_STRING_TOO_LONG inside core's stream handler, outside any caller's try/catch, and an
 * endless body filled memory until the timeout.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Set by maps-operations-conformance's validating policy on a request it streams for itself. */
const STREAMED_FOR_VALIDATION = Symbol.for("maps-operations.streamedForValidation");
/** On the error for such a request whose body broke off: `{ status, headers, body }` so far. */
const PARTIAL_ANSWER = Symbol.for("maps-operations.partialAnswer");

/** Marks an error raised while the body was read: the status line had arrived. */
const ANSWERED_STATUS = Symbol.for("maps-operations-rest.bodyFailedAfterStatus");

/** The HTTP status that arrived before the body read failed, else undefined (no answer at all). */
export function answeredStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as Record<symbol, unknown>)[ANSWERED_STATUS];
  return typeof status === "number" ? status : undefined;
}

function markAnswered<T extends object>(error: T, status: number): T {
  Object.defineProperty(error, ANSWERED_STATUS, { value: status, enumerable: false });
  return error;
}

type Read =
  | { failure: undefined; text: string }
  | { failure: "tooLarge" }
  | { failure: "aborted" }
  | { failure: "error"; error: Error; partial: Buffer };

/** Reads at most `limit` bytes; never leaves a listener behind. */
function readBody(
  stream: NodeJS.ReadableStream,
  signal: AbortSignal,
  limit: number,
): Promise<Read> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (read: Read) => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      signal.removeEventListener("abort", onAbort);
      resolve(read);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) done({ failure: "tooLarge" });
      else chunks.push(bytes);
    };
    const onEnd = () => done({ failure: undefined, text: Buffer.concat(chunks).toString("utf8") });
    const onError = (error: Error) =>
      done({ failure: "error", error, partial: Buffer.concat(chunks) });
    const onAbort = () => done({ failure: "aborted" });
    if (signal.aborted) return onAbort();
    stream.on("data", onData).on("end", onEnd).on("error", onError);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Next to the transport (inside the retry policy, so per attempt): asks core for the body as a
 * stream, reads it up to `limit` bytes and hands core-client `bodyAsText`, as core would have.
 * Over the limit, the connection is dropped and the answer is a malformed one (`MalformedResponse`).
 * The request gets its own abort signal, following the caller's, so that dropping the connection
 * goes through core's own abort path (its socket is destroyed, not left half-read in the pool).
 */
export function bodyLimitPolicy(
  api: ApiDescriptor,
  redact: (text: string) => string,
  limit = MAX_BODY_BYTES,
): PipelinePolicy {
  return {
    name: BODY_LIMIT_POLICY_NAME,
    async sendRequest(request, next) {
      // A caller who asked for a stream (`asNodeStream()`) reads it themselves; the conformance
      // package's validating policy streams for itself, and still wants the limit and the text.
      const forValidation =
        (request as unknown as Record<symbol, unknown>)[STREAMED_FOR_VALIDATION] === true;
      if (request.streamResponseStatusCodes !== undefined && !forValidation) return next(request);
      const previous = request.streamResponseStatusCodes;
      const callerSignal = request.abortSignal;
      const { controller, dispose } = childController(callerSignal);
      request.abortSignal = controller.signal;
      // core's node client streams every status when the set holds +Infinity (its wildcard).
      request.streamResponseStatusCodes = new Set([Number.POSITIVE_INFINITY]);
      try {
        const response = await next(request);
        const stream = response.readableStreamBody;
        if (stream === undefined) return response;
        const read = await readBody(stream, controller.signal, limit);
        if (read.failure === undefined) {
          response.bodyAsText = read.text;
          delete response.readableStreamBody;
          return response;
        }
        // A late error from a stream nobody reads any more must not become an uncaught one.
        stream.on("error", () => {});
        controller.abort();
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        if (read.failure === "tooLarge") {
          const segment = new URL(request.url).pathname.split("/").pop() ?? "";
          throw malformedResponseError(
            { title: api.title, operationId: decodeURIComponent(segment), redact },
            {
              method: request.method,
              url: request.url,
              status: response.status,
              headers: response.headers.toJSON(),
            },
            `the body is larger than ${limit} bytes (decompressed), too large for a status`,
          );
        }
        if (read.failure === "aborted") {
          throw markAnswered(
            new AbortError("The operation was aborted while the answer's body was read."),
            response.status,
          );
        }
        const broken = markAnswered(
          new RestError(`Error reading the answer's body: ${read.error.message}`, {
            code: (read.error as { code?: string }).code ?? RestError.REQUEST_SEND_ERROR,
            statusCode: response.status,
          }),
          response.status,
        );
        // The validating policy checks what did arrive (a truncated body is its finding too),
        // then passes this very error on: the caller sees what it would without that policy.
        if (forValidation) {
          Object.defineProperty(broken, PARTIAL_ANSWER, {
            value: { status: response.status, headers: response.headers, body: read.partial },
            enumerable: false,
          });
        }
        throw broken;
      } finally {
        dispose();
        request.abortSignal = callerSignal;
        request.streamResponseStatusCodes = previous;
      }
    },
  };
}
