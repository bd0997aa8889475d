import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Socket } from "node:net";
import { dataRegistryApi } from "./apis/data-registry.js";
import { addFaults, createOperation, listOperations } from "./control/actions.js";
import { CONTROL_PREFIX, serveControl } from "./control/routes.js";
import type { FaultRuleInput, OperationInput, OperationView } from "./control/types.js";
import { MethodNotAllowedError } from "./errors/api-errors.js";
import { EmulatorError, isEmulatorError } from "./errors/emulator-error.js";
import type { FaultRule } from "./faults/fault.js";
import { toWire } from "./faults/mutate.js";
import { jsonResponse } from "./http/api-response.js";
import { parsePlainTarget, parseRequestUrl } from "./http/parse-url.js";
import { redactUrl } from "./http/redact.js";
import { writeWire } from "./http/write.js";
import {
  normaliseOptions,
  silentLog,
  type EmulatorConfig,
  type EmulatorOptions,
} from "./options.js";
import { serveApi } from "./serve-api.js";
import { createState, reset, type EmulatorState } from "./state.js";
import { setUpHttps } from "./tls/https-setup.js";

/** A running emulator. The methods mirror the control API for tests that live in-process. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`, or `https://` with the `https` option; no trailing slash. */
  readonly url: string;
  readonly port: number;
  /**
   * With `https`: PEM of the CA certificate a client must trust, e.g. as core-client's
   * `tlsOptions: { ca }` or an `https.Agent({ ca })`. Undefined over http, and with your own
   * certificate unless it is self-signed.
   */
  readonly ca: string | undefined;
  /** The file holding `ca`, for `NODE_EXTRA_CA_CERTS` (read when a Node process starts). */
  readonly caFile: string | undefined;
  readonly config: EmulatorConfig;
  createOperation(input: OperationInput): OperationView;
  /** Rules for the next requests to the emulated APIs (not the control API). */
  addFaults(rules: FaultRuleInput | FaultRuleInput[]): void;
  /** Rules for the next polls of operation `id`. */
  addOperationFaults(id: string, rules: FaultRuleInput | FaultRuleInput[]): void;
  operations(): OperationView[];
  /** Pending rules for the next API requests. */
  faults(): FaultRule[];
  reset(): void;
  /**
   * Stops listening and destroys every open socket, hanging ones included; removes a `caFile` it
   * wrote to a temporary directory. Idempotent.
   */
  close(): Promise<void>;
}

export async function startEmulator(options?: EmulatorOptions): Promise<RunningEmulator> {
  const config = normaliseOptions(options);
  const state = createState(config);
  const sockets = new Set<Socket>();
  const https = config.https === false ? undefined : setUpHttps(config.https);
  const serverOptions = { maxHeaderSize: config.limits.maxHeaderBytes };
  const listener = (req: IncomingMessage, res: ServerResponse) => handle(state, req, res);
  let server: Server;
  try {
    server =
      https === undefined
        ? createServer(serverOptions, listener)
        : createHttpsServer({ ...serverOptions, cert: https.cert, key: https.key }, listener);
    await listen(server, config.port);
  } catch (error) {
    https?.cleanUp(); // a port in use leaves no CA file behind
    throw error;
  }
  state.protocol = https === undefined ? "http:" : "https:";
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    rejectMalformed(error, socket);
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  state.port = port;
  state.baseUrl = `${state.protocol}//127.0.0.1:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: state.baseUrl,
    port,
    ca: https?.ca,
    caFile: https?.caFile,
    config,
    createOperation: (input) => createOperation(state, input),
    addFaults: (rules) => addFaults(state, state.faults, rules),
    addOperationFaults: (id, rules) => {
      const operation = state.store.find(id);
      if (operation === undefined)
        throw new EmulatorError("OperationNotFound", 404, `No operation ${id}.`);
      addFaults(state, operation.faults, rules);
    },
    operations: () => listOperations(state),
    faults: () => state.faults.list(),
    reset: () => reset(state),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        state.closing.abort();
        server.close(() => {
          https?.cleanUp();
          resolve();
        });
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function handle(state: EmulatorState, request: IncomingMessage, response: ServerResponse): void {
  // No "error" listener on the request: node:http emits a request's error (a client that
  // vanishes mid-request) only when there are listeners, and adding one to every request shows
  // under load. Reading a body (the control API) listens for itself.
  if (state.config.log !== silentLog) {
    response.on("close", () => {
      const status = response.writableFinished ? String(response.statusCode) : "aborted";
      state.config.log(`${request.method ?? "?"} ${redactUrl(request.url)} ${status}`);
    });
  }
  let pending: Promise<void> | undefined;
  try {
    pending = serve(state, request, response);
  } catch (error) {
    answerFailure(response, error);
    return;
  }
  pending?.catch((error: unknown) => answerFailure(response, error));
}

/** The answer to a request that failed: its own error, or a 500 for anything unexpected. */
function answerFailure(response: ServerResponse, error: unknown): void {
  const known = isEmulatorError(error)
    ? error
    : new EmulatorError("InternalServerError", 500, "The emulator failed to answer.");
  const headers: Record<string, string> =
    error instanceof MethodNotAllowedError ? { allow: error.allow } : {};
  const answer = jsonResponse(
    known.status,
    { error: { code: known.code, message: known.message } },
    headers,
  );
  writeWire(response, toWire(dataRegistryApi.name, answer));
}

/** Returns a promise only while the answer waits (a control request's body, a fault's delay). */
function serve(
  state: EmulatorState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> | undefined {
  const plain = parsePlainTarget(request.url);
  if (plain !== undefined && !isControlPath(plain.pathname)) {
    return serveApi(state, plain, request, response);
  }
  const url = parseRequestUrl(request.url);
  if (isControlPath(url.pathname)) {
    return serveControl(state, url, request).then((answer) => {
      writeWire(response, toWire(dataRegistryApi.name, answer));
    });
  }
  return serveApi(state, url, request, response);
}

function isControlPath(pathname: string): boolean {
  return pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`);
}

/** Answers what the HTTP parser refused (bad method, huge head...) and drops the connection. */
function rejectMalformed(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = JSON.stringify({
    error: {
      code: tooLarge ? "HeadersTooLarge" : "BadRequest",
      message: "Malformed HTTP request.",
    },
  });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
