import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiDefinition } from "./apis/api-definition.js";
import { dataRegistryApi } from "./apis/data-registry.js";
import { apiForPath } from "./apis/index.js";
import { authenticate } from "./auth/authenticate.js";
import {
  InvalidApiVersionError,
  InvalidOperationIdError,
  MethodNotAllowedError,
  NotFoundError,
} from "./errors/api-errors.js";
import { isEmulatorError } from "./errors/emulator-error.js";
import type { MutatingFault } from "./faults/fault.js";
import { toWire } from "./faults/mutate.js";
import { applyFault } from "./faults/replace.js";
import { checkAuthority } from "./http/authority.js";
import type { QueryParameters, RequestTarget } from "./http/parse-url.js";
import { prepare, writePrepared, writeWire } from "./http/write.js";
import type { Operation } from "./operations/operation.js";
import { observe } from "./operations/timeline.js";
import type { EmulatorState } from "./state.js";

/**
 * Serves a request outside the control API. Checks run in the service's order: host, route and
 * method, credential, api-version, operationId pattern, then the operation itself. A global fault
 * acts before any check but the host's; an operation's own fault acts once the request has
 * reached that operation. Without a pending fault the answer is written before this returns;
 * only a fault that waits or answers (latency, throttle...) makes it return a promise.
 */
export function serveApi(
  state: EmulatorState,
  url: RequestTarget,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> | undefined {
  // A GET body is never read, but must not stall the connection. Without one there is nothing
  // to drain, and node:http discards the empty stream once the answer is sent.
  const { headers } = request;
  if (headers["content-length"] !== undefined || headers["transfer-encoding"] !== undefined) {
    request.resume();
  }
  // Paths outside both APIs answer in the Maps shape, the common Azure Maps error response.
  const api = apiForPath(url.pathname) ?? dataRegistryApi;
  // Before any fault: a request for another host never reaches the service.
  try {
    checkAuthority(request, state.protocol);
  } catch (error) {
    if (!isEmulatorError(error)) throw error;
    writeWire(response, toWire(api.name, api.errorResponse(error)));
    return undefined;
  }
  const globalFault = state.faults.take();
  if (globalFault === undefined) return answer(state, api, url, request, response, undefined);
  return applyFault(globalFault, api, response, state.closing.signal).then((outcome) =>
    outcome === "answered" ? undefined : answer(state, api, url, request, response, outcome),
  );
}

/** The checks after the global fault, then the operation's own fault and its answer. */
function answer(
  state: EmulatorState,
  api: ApiDefinition,
  url: RequestTarget,
  request: IncomingMessage,
  response: ServerResponse,
  fault: MutatingFault | undefined,
): Promise<void> | undefined {
  let operation: Operation;
  try {
    const operationId = route(api, url.pathname, request.method ?? "");
    authenticate(api, request.headers, url.searchParams, state.config.credentials);
    checkApiVersion(api, url.searchParams);
    if (api.operationIdPattern !== undefined && !api.operationIdPattern.test(operationId)) {
      throw new InvalidOperationIdError(
        `The operationId must match ${api.operationIdPattern.source}.`,
      );
    }
    const found = state.store.get(api.name, operationId);
    if (found === undefined) {
      throw new NotFoundError("OperationNotFound", `No ${api.name} operation ${operationId}.`);
    }
    operation = found;
  } catch (error) {
    if (!isEmulatorError(error)) throw error;
    writeWire(response, toWire(api.name, api.errorResponse(error), fault));
    return undefined;
  }
  const own = operation.faults.take();
  if (own === undefined) {
    answerStatus(state, api, operation, response, fault);
    return undefined;
  }
  return applyFault(own, api, response, state.closing.signal).then((outcome) => {
    if (outcome !== "answered") answerStatus(state, api, operation, response, fault ?? outcome);
  });
}

/** Counts the poll and writes the status it finds; without a fault, the answer is reused. */
function answerStatus(
  state: EmulatorState,
  api: ApiDefinition,
  operation: Operation,
  response: ServerResponse,
  fault: MutatingFault | undefined,
): void {
  const status = observe(operation, state.config.now());
  if (fault !== undefined) {
    writeWire(
      response,
      toWire(api.name, api.statusResponse(operation, status, state.baseUrl), fault),
    );
    return;
  }
  let prepared = operation.answers.get(status);
  if (prepared === undefined) {
    prepared = prepare(toWire(api.name, api.statusResponse(operation, status, state.baseUrl)));
    operation.answers.set(status, prepared);
  }
  writePrepared(response, prepared);
}

/** The decoded operationId, or why this path and method are not the Get Operation route. */
function route(api: ApiDefinition, pathname: string, method: string): string {
  const rest = pathname.startsWith(api.pathPrefix) ? pathname.slice(api.pathPrefix.length) : "";
  if (rest === "" || rest.includes("/")) {
    throw new NotFoundError("ResourceNotFound", `No resource at ${pathname}.`);
  }
  if (method !== "GET") throw new MethodNotAllowedError(method, pathname, "GET");
  if (!rest.includes("%")) return rest; // nothing to decode
  try {
    return decodeURIComponent(rest);
  } catch {
    throw new InvalidOperationIdError("The operationId is not validly percent-encoded.");
  }
}

function checkApiVersion(api: ApiDefinition, query: QueryParameters): void {
  const version = query.get("api-version");
  if (version === null || version === "") {
    throw new InvalidApiVersionError(
      `The api-version query parameter is required (${api.apiVersion}).`,
    );
  }
  if (version !== api.apiVersion) {
    throw new InvalidApiVersionError(
      `The api-version '${version.slice(0, 32)}' is not supported; use ${api.apiVersion}.`,
    );
  }
}
