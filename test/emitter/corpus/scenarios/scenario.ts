import type { IncomingHttpHeaders } from "node:http";

/** A request as a fixture's fake service sees it (path relative to the fixture's endpoint). */
export interface ServedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The fixture's endpoint, for absolute URLs in Location-style headers. */
  base: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string | undefined>;
  /** JSON unless a string or a Buffer. */
  body?: unknown;
}

/** One fixture: a fake service for its operations and the calls made against it. */
export interface Scenario {
  serve(request: ServedRequest): Reply | undefined;
  calls: Record<string, (endpoint: string) => Promise<void>>;
}

/** Client options for a local plain-HTTP server: no retries, so failures show at once. */
export function local(endpoint: string) {
  return { endpoint, allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
}

/** The request body as a JSON object. */
export function json(request: ServedRequest): Record<string, unknown> {
  return parse<Record<string, unknown>>(request);
}

/** The request body as JSON of a shape the scenario expects. */
export function parse<T>(request: ServedRequest): T {
  return JSON.parse(request.body.toString("utf8")) as T;
}

/** Polling options that never wait (the fake services also answer Retry-After: 0). */
export const noWait = { intervalInMs: 0 };
