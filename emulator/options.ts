import { ANY_CREDENTIAL, WELL_KNOWN_CREDENTIALS } from "./credentials.js";
import { InvalidOptionError } from "./errors/invalid-option-error.js";
import { checkCertificatePair } from "./tls/certificate-pair.js";

export { InvalidOptionError };

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

/** How to serve HTTPS (`EmulatorOptions.https`). Every field is optional. */
export interface HttpsOptions {
  /**
   * PEM certificate to serve, optionally followed by its chain, with `key`. Default: one made at
   * start-up for 127.0.0.1, ::1 and localhost, signed by a CA made with it. Example: files from
   * mkcert, read with `readFileSync`.
   */
  cert?: string | Buffer;
  /** PEM private key of `cert`; required with it. */
  key?: string | Buffer;
  /**
   * Where to write the CA certificate (PEM) clients must trust, for `NODE_EXTRA_CA_CERTS`. Default:
   * `ca.pem` in a new temporary directory, removed by close(). With your own `cert` there is a CA
   * to write only if the certificate (or the last of its chain) is self-signed.
   */
  caFile?: string;
}

/** What `startEmulator` accepts. Every field is optional; the defaults are listed per field. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1 (the emulator never binds elsewhere). Default 0: a free port. */
  port?: number;
  /**
   * Serve `https://127.0.0.1:<port>`, as token clients need (Azure SDKs send bearer tokens over
   * https only). `true`: with a certificate made at start-up. Default false: plain http.
   */
  https?: boolean | HttpsOptions;
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
  /** `false` for plain http; PEM text rather than Buffers. */
  readonly https: false | Readonly<{ cert?: string; key?: string; caFile?: string }>;
  readonly credentials: Readonly<Required<CredentialOptions>>;
  readonly seed: boolean;
  readonly limits: Readonly<EmulatorLimits>;
  readonly log: (line: string) => void;
  readonly now: () => number;
}

/** The default `log`: requests go unlogged, and the server skips preparing their lines. */
export function silentLog(): void {}

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
    https: normaliseHttps(options.https),
    credentials: Object.freeze({
      subscriptionKeys: list(given.subscriptionKeys, WELL_KNOWN_CREDENTIALS.subscriptionKey),
      bearerTokens: list(given.bearerTokens, WELL_KNOWN_CREDENTIALS.bearerToken),
      sasTokens: list(given.sasTokens, WELL_KNOWN_CREDENTIALS.sasToken),
      clientIds: list(given.clientIds, ANY_CREDENTIAL),
    }),
    seed: options.seed ?? true,
    limits: Object.freeze(limits),
    log: options.log ?? silentLog,
    now: options.now ?? Date.now,
  });
}

function list(given: readonly string[] | undefined, fallback: string): readonly string[] {
  return Object.freeze([...(given ?? [fallback])]);
}

function normaliseHttps(given: EmulatorOptions["https"]): EmulatorConfig["https"] {
  if (given === undefined || given === false) return false;
  if (given === true) return Object.freeze({});
  if (typeof given !== "object" || given === null) {
    throw new InvalidOptionError("https must be a boolean or an object { cert, key, caFile }.");
  }
  const text = (name: "cert" | "key"): string | undefined => {
    const value = given[name];
    if (value === undefined || typeof value === "string") return value;
    if (Buffer.isBuffer(value)) return value.toString("utf8");
    throw new InvalidOptionError(`https.${name} must be PEM text, a string or a Buffer.`);
  };
  const [cert, key] = [text("cert"), text("key")];
  if ((cert === undefined) !== (key === undefined)) {
    throw new InvalidOptionError("https.cert and https.key go together: give both or neither.");
  }
  if (cert !== undefined && key !== undefined) checkCertificatePair(cert, key);
  const { caFile } = given;
  if (caFile !== undefined && (typeof caFile !== "string" || caFile === "")) {
    throw new InvalidOptionError("https.caFile must be a non-empty path.");
  }
  return Object.freeze({ cert, key, caFile });
}
