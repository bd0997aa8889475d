import {
  GEOGRAPHIES,
  isInvalidArgumentError,
  POLLER_DEFAULTS,
  validateOperationId,
  type Geography,
} from "maps-operations-rest";
import type { ApiName } from "./apis.js";
import { AUTH_KINDS, type AuthKind } from "./credentials.js";
import { parseDuration } from "./duration.js";
import { UsageError } from "./usage-error.js";

/** `--api` values on the command line, and the client layer's name for each. */
export const API_CHOICES: Readonly<Record<string, ApiName>> = Object.freeze({
  dataset: "dataset",
  "data-registry": "dataRegistry",
});

/** Flags of `status` as commander delivers them (all strings). */
export interface RawCallFlags {
  api?: string;
  geography?: string;
  endpoint?: string;
  auth?: string;
  json?: boolean;
}

export interface RawWaitFlags extends RawCallFlags {
  timeout?: string;
  interval?: string;
  minInterval?: string;
}

/** What `status` and `wait` need, checked once. */
export interface CallOptions {
  readonly api: ApiName;
  readonly operationId: string;
  readonly geography: Geography;
  /** undefined: from the geography. */
  readonly endpoint: string | undefined;
  readonly auth: AuthKind | undefined;
  readonly json: boolean;
}

export interface WaitCliOptions extends CallOptions {
  readonly maxWaitMs: number;
  readonly intervalMs: number;
  /** The floor of every delay, Retry-After included: the library's `minIntervalInMs`. */
  readonly minIntervalMs: number;
}

export const DEFAULT_TIMEOUT = "30m";
export const DEFAULT_INTERVAL = "2s";
export const DEFAULT_MIN_INTERVAL = `${POLLER_DEFAULTS.minIntervalInMs / 1000}s`;

export function parseCallOptions(operationId: string, flags: RawCallFlags): CallOptions {
  const api = flags.api === undefined ? undefined : API_CHOICES[flags.api];
  if (api === undefined) {
    throw new UsageError(
      `--api must be one of ${Object.keys(API_CHOICES).join(", ")}; got ${quote(flags.api)}`,
    );
  }
  const geography = flags.geography ?? "us";
  if (!(GEOGRAPHIES as readonly string[]).includes(geography)) {
    throw new UsageError(
      `--geography must be one of ${GEOGRAPHIES.join(", ")}; got ${quote(geography)}`,
    );
  }
  if (flags.auth !== undefined && !(AUTH_KINDS as readonly string[]).includes(flags.auth)) {
    throw new UsageError(
      `--auth must be one of ${AUTH_KINDS.join(", ")}; got ${quote(flags.auth)}`,
    );
  }
  return {
    api,
    operationId: rethrowAsUsage(() => validateOperationId(api, operationId)),
    geography: geography as Geography,
    endpoint:
      flags.endpoint === undefined
        ? undefined
        : // Checked by the client factory (createCliClient), which names the accepted form.
          flags.endpoint.replace(/\/+$/, ""),
    auth: flags.auth as AuthKind | undefined,
    json: flags.json === true,
  };
}

export function parseWaitOptions(operationId: string, flags: RawWaitFlags): WaitCliOptions {
  return {
    ...parseCallOptions(operationId, flags),
    maxWaitMs: parseDuration("--timeout", flags.timeout ?? DEFAULT_TIMEOUT, 1),
    // Floored by --min-interval, as the library floors intervalInMs by minIntervalInMs: a short
    // --interval alone cannot make the wait poll faster than the floor.
    intervalMs: parseDuration("--interval", flags.interval ?? DEFAULT_INTERVAL, 0),
    minIntervalMs: parseDuration("--min-interval", flags.minInterval ?? DEFAULT_MIN_INTERVAL, 1),
  };
}

export function parsePort(text: string | undefined): number {
  const value = text ?? "0";
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `--port must be an integer from 0 to 65535 (0: any free port); got ${quote(value)}`,
    );
  }
  return port;
}

/**
 * The client layer's checks name the argument and the accepted form already; keep their text,
 * with the argument spelled as on the command line.
 */
export function rethrowAsUsage<T>(check: () => T, flags: Record<string, string> = {}): T {
  try {
    return check();
  } catch (error) {
    if (isInvalidArgumentError(error)) {
      const flag = flags[error.argument];
      throw new UsageError(
        flag === undefined ? error.message.replace(/\.$/, "") : `${flag} must be ${error.expected}`,
      );
    }
    throw error;
  }
}

function quote(value: string | undefined): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}
