import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { ApiDefinition } from "../apis/api-definition.js";
import { EmulatorError } from "../errors/emulator-error.js";
import { writeWire } from "../http/write.js";
import type { Fault, MutatingFault } from "./fault.js";
import { isReplacing } from "./fault.js";
import { toWire } from "./mutate.js";

/**
 * Acts on the timing and replacing faults. Returns `"answered"` when the fault has dealt with the
 * request (an error sent, the connection reset, or left hanging), otherwise the mutating fault
 * still to apply to the normal answer, if any.
 */
export async function applyFault(
  fault: Fault | undefined,
  api: ApiDefinition,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<"answered" | MutatingFault | undefined> {
  if (fault === undefined) return undefined;
  if (fault.kind === "latency") {
    try {
      await delay(fault.ms, undefined, { signal });
    } catch {
      return "answered"; // the emulator is closing; its sockets are being destroyed
    }
    return undefined;
  }
  if (!isReplacing(fault)) return fault;
  switch (fault.kind) {
    case "reset":
      resetConnection(response.socket);
      break;
    case "hang":
      break; // never answered: close() or the client ends it
    case "throttle":
      send(api, response, new EmulatorError("TooManyRequests", 429, "Rate limit exceeded."), {
        "retry-after": String(fault.retryAfter),
      });
      break;
    case "serverError":
      send(api, response, new EmulatorError("InternalServerError", 500, "Injected failure."));
      break;
    case "unavailable":
      send(
        api,
        response,
        new EmulatorError("ServiceUnavailable", 503, "Service temporarily unavailable."),
        fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) },
      );
      break;
  }
  return "answered";
}

function send(
  api: ApiDefinition,
  response: ServerResponse,
  error: EmulatorError,
  headers: Record<string, string> = {},
): void {
  const answer = api.errorResponse(error);
  Object.assign(answer.headers, headers);
  writeWire(response, toWire(api.name, answer));
}

/**
 * A TCP reset (RST). A TLS socket cannot send one itself (`resetAndDestroy` throws: its handle is
 * not TCP's), so the connection under it is reset, or, failing that, closed without an answer.
 */
function resetConnection(socket: import("node:net").Socket | null): void {
  if (socket === null) return;
  try {
    socket.resetAndDestroy();
  } catch {
    const parent = (socket as { _parent?: import("node:net").Socket | null })._parent;
    try {
      if (parent) parent.resetAndDestroy();
      else socket.destroy();
    } catch {
      socket.destroy();
    }
  }
}
