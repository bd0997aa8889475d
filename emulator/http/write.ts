import type { ServerResponse } from "node:http";
import type { WireResponse } from "../faults/mutate.js";

/** Writes `wire`, unless the client has gone; a truncated body ends with a dropped connection. */
export function writeWire(response: ServerResponse, wire: WireResponse): void {
  if (response.destroyed || response.headersSent) return;
  response.writeHead(wire.status, wire.headers);
  if (!wire.truncate) {
    response.end(wire.body);
    return;
  }
  const half = wire.body.subarray(0, Math.floor(wire.body.length / 2));
  response.write(half, () => response.destroy());
}
