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

/** A whole answer made once and written many times: the same bytes `writeWire` sends. */
export interface PreparedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text: node:http sends it in one write with the head, which a Buffer is not. */
  readonly text: string;
}

/** `wire`, ready to be written again and again; not for a truncated answer. */
export function prepare(wire: WireResponse): PreparedResponse {
  if (wire.truncate) throw new Error("a truncated answer is written once, by writeWire");
  return Object.freeze({
    status: wire.status,
    headers: Object.freeze({ ...wire.headers }),
    text: wire.body.toString("utf8"),
  });
}

/** Writes a prepared answer, unless the client has gone. */
export function writePrepared(response: ServerResponse, prepared: PreparedResponse): void {
  if (response.destroyed || response.headersSent) return;
  response.writeHead(prepared.status, prepared.headers);
  response.end(prepared.text, "utf8");
}
