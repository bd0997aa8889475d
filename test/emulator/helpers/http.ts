import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import type { HttpAnswer } from "./spec-validator.js";

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Give up after this long (the request then rejects with "client timeout"). */
  timeoutMs?: number;
}

/** One request on a fresh connection (no agent pooling, so nothing outlives a test). */
export function send(url: string, options: SendOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    if (options.timeoutMs !== undefined) {
      request.setTimeout(options.timeoutMs, () => request.destroy(new Error("client timeout")));
    }
    request.end(options.body);
  });
}

/** Writes raw bytes on a TCP socket and collects whatever comes back until the peer closes. */
export function sendRaw(port: number, bytes: string | Buffer, waitMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString("latin1"));
    socket.setTimeout(waitMs, () => socket.destroy());
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => undefined);
    socket.on("close", done);
    socket.write(bytes);
  });
}
