import type { IncomingMessage } from "node:http";
import { FAULT_KINDS } from "../faults/fault.js";
import { APIS } from "../apis/index.js";
import { MethodNotAllowedError } from "../errors/api-errors.js";
import { EmulatorError } from "../errors/emulator-error.js";
import { ControlRequestError } from "../errors/control-errors.js";
import { jsonResponse, type ApiResponse } from "../http/api-response.js";
import { checkAuthority } from "../http/authority.js";
import { readBody } from "../http/read-body.js";
import { reset, type EmulatorState } from "../state.js";
import { refuseCrossSite } from "./cross-site.js";
import { viewOperation } from "./view.js";
import { addFaults, createOperation } from "./actions.js";
import { listPage } from "./list-page.js";

export const CONTROL_PREFIX = "/_emulator";

/**
 * The control API, unauthenticated on purpose (the emulator listens on loopback only, and refuses
 * other Host names and requests from web pages, see cross-site.ts):
 *   GET    /_emulator                          what this emulator serves, fault kinds, limits
 *   POST   /_emulator/reset                    seeded operations only, no faults
 *   GET    /_emulator/operations               a page of operations (maxpagesize, skipToken)
 *   POST   /_emulator/operations               create one (OperationInput) → 201
 *   GET    /_emulator/operations/{id}          one operation
 *   DELETE /_emulator/operations/{id}          → 204
 *   GET    /_emulator/operations/{id}/faults   its pending fault rules
 *   POST   /_emulator/operations/{id}/faults   add rule(s) for that operation's next polls → 201
 *   DELETE /_emulator/operations/{id}/faults   → 204
 *   GET    /_emulator/faults                   pending rules for the next API requests
 *   POST   /_emulator/faults                   add rule(s) → 201
 *   DELETE /_emulator/faults                   → 204
 */
export async function serveControl(
  state: EmulatorState,
  url: URL,
  request: IncomingMessage,
): Promise<ApiResponse> {
  checkAuthority(request, state.protocol);
  refuseCrossSite(request, state.protocol, state.port);
  const method = request.method ?? "";
  const body = ["POST", "PUT", "PATCH"].includes(method)
    ? await readBody(request, state.config.limits.maxBodyBytes)
    : (request.resume(), undefined);
  const parts = url.pathname.slice(CONTROL_PREFIX.length).split("/").filter(Boolean);
  const json = () => parseJson(body);
  const now = state.config.now();
  const [resource, id, sub, ...extra] = parts;
  const only = (allowed: string[], run: () => ApiResponse): ApiResponse => {
    if (!allowed.includes(method)) {
      throw new MethodNotAllowedError(method, url.pathname, allowed.join(", "));
    }
    return run();
  };

  if (resource === undefined) {
    return only(["GET"], () => jsonResponse(200, describe(state)));
  }
  if (resource === "reset" && id === undefined) {
    return only(["POST"], () => (reset(state), { status: 204, headers: {} }));
  }
  if (resource === "faults" && id === undefined) {
    return only(["GET", "POST", "DELETE"], () => {
      if (method === "GET") return jsonResponse(200, { faults: state.faults.list() });
      if (method === "DELETE") return (state.faults.clear(), { status: 204, headers: {} });
      addFaults(state, state.faults, json());
      return jsonResponse(201, { faults: state.faults.list() });
    });
  }
  if (resource !== "operations" || extra.length > 0 || (sub !== undefined && sub !== "faults")) {
    throw new EmulatorError("NotFound", 404, `No control route ${url.pathname}.`);
  }
  if (id === undefined) {
    return only(["GET", "POST"], () => {
      if (method === "GET") return jsonResponse(200, listPage(state, url.searchParams));
      const view = createOperation(state, json());
      return jsonResponse(201, view, {
        location: `${CONTROL_PREFIX}/operations/${encodeURIComponent(view.id)}`,
      });
    });
  }
  const operation = state.store.find(decode(id));
  if (operation === undefined) {
    throw new EmulatorError("OperationNotFound", 404, `No operation ${decode(id)}.`);
  }
  if (sub === "faults") {
    return only(["GET", "POST", "DELETE"], () => {
      if (method === "GET") return jsonResponse(200, { faults: operation.faults.list() });
      if (method === "DELETE") return (operation.faults.clear(), { status: 204, headers: {} });
      addFaults(state, operation.faults, json());
      return jsonResponse(201, { faults: operation.faults.list() });
    });
  }
  return only(["GET", "DELETE"], () => {
    if (method === "GET") return jsonResponse(200, viewOperation(operation, state.baseUrl, now));
    state.store.delete(operation.id);
    return { status: 204, headers: {} };
  });
}

function parseJson(body: Buffer | undefined): unknown {
  const text = body?.toString("utf8") ?? "";
  if (text.trim() === "") throw new ControlRequestError("A JSON body is required.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ControlRequestError(`The body is not valid JSON: ${(error as Error).message}`);
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ControlRequestError("The operation id is not validly percent-encoded.");
  }
}

function describe(state: EmulatorState) {
  return {
    url: state.baseUrl,
    apis: Object.values(APIS).map((api) => ({
      api: api.name,
      path: `${api.pathPrefix}{operationId}`,
      apiVersion: api.apiVersion,
    })),
    faultKinds: FAULT_KINDS,
    limits: state.config.limits,
    operations: state.store.size,
  };
}
