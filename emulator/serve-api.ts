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
import { toWire } from "./faults/mutate.js";
import { applyFault } from "./faults/replace.js";
import { checkAuthority } from "./http/authority.js";
import type { ApiResponse } from "./http/api-response.js";
import { writeWire } from "./http/write.js";
import { observe } from "./operations/timeline.js";
import type { EmulatorState } from "./state.js";

/**
 * Serves a request outside the control API. Checks run in the service's order: host, route and
 * method, credential, api-version, operationId pattern, then the operation itself. A global fault
 * acts before any check but the host's; an operation's own fault acts once the request has
 * reached that operation.
 */
export async function serveApi(
  state: EmulatorState,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  request.resume(); // a GET body is never read, but must not stall the connection
  // Paths outside both APIs answer in the Maps shape, the common Azure Maps error response.
  const api = apiForPath(url.pathname) ?? dataRegistryApi;
  // Before any fault: a request for another host never reaches the service.
  try {
    checkAuthority(request, state.protocol);
  } catch (error) {
    if (!isEmulatorError(error)) throw error;
    writeWire(response, toWire(api.name, api.errorResponse(error)));
    return;
  }
  const globalFault = await applyFault(state.faults.take(), api, response, state.closing.signal);
  if (globalFault === "answered") return;

  let answer: ApiResponse;
  let fault = globalFault;
  try {
    const operationId = route(api, url.pathname, request.method ?? "");
    authenticate(api, request.headers, url.searchParams, state.config.credentials);
    checkApiVersion(api, url.searchParams);
    if (api.operationIdPattern !== undefined && !api.operationIdPattern.test(operationId)) {
      throw new InvalidOperationIdError(
        `The operationId must match ${api.operationIdPattern.source}.`,
      );
    }
    const operation = state.store.get(api.name, operationId);
    if (operation === undefined) {
      throw new NotFoundError("OperationNotFound", `No ${api.name} operation ${operationId}.`);
    }
    const own = await applyFault(operation.faults.take(), api, response, state.closing.signal);
    if (own === "answered") return;
    fault ??= own;
    answer = api.statusResponse(operation, observe(operation, state.config.now()), state.baseUrl);
  } catch (error) {
    if (!isEmulatorError(error)) throw error;
    answer = api.errorResponse(error);
  }
  writeWire(response, toWire(api.name, answer, fault));
}

/** The decoded operationId, or why this path and method are not the Get Operation route. */
function route(api: ApiDefinition, pathname: string, method: string): string {
  const rest = pathname.startsWith(api.pathPrefix) ? pathname.slice(api.pathPrefix.length) : "";
  if (rest === "" || rest.includes("/")) {
    throw new NotFoundError("ResourceNotFound", `No resource at ${pathname}.`);
  }
  if (method !== "GET") throw new MethodNotAllowedError(method, pathname, "GET");
  try {
    return decodeURIComponent(rest);
  } catch {
    throw new InvalidOperationIdError("The operationId is not validly percent-encoded.");
  }
}

function checkApiVersion(api: ApiDefinition, query: URLSearchParams): void {
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
