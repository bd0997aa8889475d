import { ANY_CREDENTIAL, WELL_KNOWN_CREDENTIALS } from "./credentials.js";

/** Which credentials the emulator accepts. An empty list turns that scheme off; `"*"` accepts any. */
export interface CredentialOptions {
  /** Default: `[WELL_KNOWN_CREDENTIALS.subscriptionKey]`. Example: `["my-key"]`. */
  subscriptionKeys?: readonly string[];
  /** Default: `[WELL_KNOWN_CREDENTIALS.bearerToken]`. Example: `["*"]` for any token. */
  bearerTokens?: readonly string[];
  /** Default: `[WELL_KNOWN_CREDENTIALS.sasToken]`. */
  sasTokens?: readonly string[];
  /** `x-ms-client-id` values accepted with a bearer token. Default: `["*"]` (any non-empty). */
  clientIds?: readonly string[];
}

/** Bounds that keep one emulator from being exhausted by a test gone wrong. */
export interface EmulatorLimits {
  /** Largest control request body, bytes. Default 65536. */
  maxBodyBytes: number;
  /** Largest request head (request line + headers), bytes. Default 16384. */
  maxHeaderBytes: number;
  /** Operations held at once, seeds included. Default 1000. */
  maxOperations: number;
  /**
   * Largest page of `GET /_emulator/operations`, bytes of JSON; a page holds at least one
   * operation, so one view larger than this is still listed, alone. Default 1048576 (1 MiB).
   */
  maxPageBytes: number;
  /** Steps in one timeline. Default 50. */
  maxSteps: number;
  /** Longest `ms` of one step. Default 3600000 (one hour). */
  maxStepMs: number;
  /** Largest `polls` of one step. Default 10000. */
  maxStepPolls: number;
  /** Pending fault rules, global plus per operation. Default 100 each. */
  maxFaultRules: number;
  /** Largest `count` of one fault rule. Default 10000. */
  maxFaultCount: number;
  /** Longest `latency` fault, ms. Default 60000. */
  maxLatencyMs: number;
  /** Largest Retry-After, seconds, for operations and `throttle`/`unavailable` faults. Default 3600. */
  maxRetryAfter: number;
  /** Entries in one error's `details` or `additionalInfo` array. Default 20. */
  maxErrorDetails: number;
  /**
   * Nesting below an operation's `error` or `warning`: each `details` entry and each `innererror`
   * is one level below its parent, and an `additionalInfo[].info` object may nest this many
   * levels. Default 5.
   */
  maxErrorDepth: number;
}

/** What `startEmulator` accepts. Every field is optional; the defaults are listed per field. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1 (the emulator never binds elsewhere). Default 0: a free port. */
  port?: number;
  /** Accepted credentials. Default: the well-known ones, see `WELL_KNOWN_CREDENTIALS`. */
  credentials?: CredentialOptions;
  /** Start with the documents' sample operations (see `seed.ts`). Default true. */
  seed?: boolean;
  /** Overrides of single limits. Default: `DEFAULT_LIMITS`. */
  limits?: Partial<EmulatorLimits>;
  /** Called once per request with method, path (credentials redacted) and status. Default: silent. */
  log?: (line: string) => void;
  /** Clock in ms since the epoch, for deterministic `ms` steps in tests. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_LIMITS: Readonly<EmulatorLimits> = Object.freeze({
  maxBodyBytes: 64 * 1024,
  maxHeaderBytes: 16 * 1024,
  maxOperations: 1000,
  maxPageBytes: 1024 * 1024,
  maxSteps: 50,
  maxStepMs: 60 * 60 * 1000,
  maxStepPolls: 10_000,
  maxFaultRules: 100,
  maxFaultCount: 10_000,
  maxLatencyMs: 60_000,
  maxRetryAfter: 3600,
  maxErrorDetails: 20,
  maxErrorDepth: 5,
});

/** Options after defaults are applied: every field present, read-only. Built once per emulator. */
export interface EmulatorConfig {
  readonly port: number;
  readonly credentials: Readonly<Required<CredentialOptions>>;
  readonly seed: boolean;
  readonly limits: Readonly<EmulatorLimits>;
  readonly log: (line: string) => void;
  readonly now: () => number;
}

export class InvalidOptionError extends Error {
  readonly code = "InvalidOption";
  constructor(message: string) {
    super(message);
    this.name = "InvalidOptionError";
  }
}

export function normaliseOptions(options: EmulatorOptions = {}): EmulatorConfig {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidOptionError(`port must be an integer from 0 to 65535, got ${String(port)}.`);
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new InvalidOptionError(`limits.${name} must be a positive integer.`);
    }
  }
  const given = options.credentials ?? {};
  return Object.freeze({
    port,
    credentials: Object.freeze({
      subscriptionKeys: list(given.subscriptionKeys, WELL_KNOWN_CREDENTIALS.subscriptionKey),
      bearerTokens: list(given.bearerTokens, WELL_KNOWN_CREDENTIALS.bearerToken),
      sasTokens: list(given.sasTokens, WELL_KNOWN_CREDENTIALS.sasToken),
      clientIds: list(given.clientIds, ANY_CREDENTIAL),
    }),
    seed: options.seed ?? true,
    limits: Object.freeze(limits),
    log: options.log ?? (() => undefined),
    now: options.now ?? Date.now,
  });
}

function list(given: readonly string[] | undefined, fallback: string): readonly string[] {
  return Object.freeze([...(given ?? [fallback])]);
}
