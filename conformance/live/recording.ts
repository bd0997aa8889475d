/**
 * Recordings: exchanges captured from a live server (in nock's definition format, which nock's
 * recorder and nock back write), wrapped with a title and the violations their check must find.
 * They are redacted before they are written; `findCredentialLeaks` proves a file is clean.
 * Recording and replaying through a client need nock, a test tool: see scripts/recordings/.
 */
import { REDACTED, redactText, redactUrl } from "./redact.js";

/** One recorded exchange (the fields of a nock definition that a check reads). */
export interface RecordedExchange {
  /** Origin, e.g. `http://127.0.0.1:4010`. */
  readonly scope: string | RegExp;
  readonly method?: string;
  /** Path and query, e.g. `/datasets/operations/x?api-version=2.0`. */
  readonly path: string | RegExp;
  readonly status?: number;
  /** The response body: parsed JSON, or text. */
  readonly response?: unknown;
  /** Response headers, as an object or as nock's flat `[name, value, ...]` list. */
  readonly rawHeaders?: unknown;
  readonly headers?: unknown;
  /** Request headers (credentials REDACTED). */
  readonly reqheaders?: unknown;
}

export interface Recording {
  readonly title: string;
  readonly api: "dataset" | "dataRegistry";
  readonly operationId: string;
  readonly definitions: readonly RecordedExchange[];
}

/** Request headers that carry a credential or an account identity. */
const SECRET_HEADERS = new Set(["authorization", "subscription-key", "x-ms-client-id"]);

export function redactDefinition<T extends RecordedExchange>(
  definition: T,
  secrets: readonly string[],
): T {
  const scope = String(definition.scope);
  const url = new URL(redactUrl(`${scope}${String(definition.path)}`));
  const reqheaders: Record<string, string> = {};
  for (const [name, value] of Object.entries((definition.reqheaders ?? {}) as object)) {
    reqheaders[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : String(value);
  }
  const redacted = {
    ...definition,
    path: `${url.pathname}${url.search}`,
    reqheaders,
  };
  // Last pass over everything (bodies, response headers) for echoed secret values.
  return JSON.parse(redactText(JSON.stringify(redacted), secrets)) as T;
}

/**
 * Every credential a recording's text still holds: known secret values, and any Authorization or
 * subscription-key value that is not REDACTED. Empty when the text is clean.
 */
export function findCredentialLeaks(text: string, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  // The text as written and as JSON reads it: `\u0041` escapes spell a secret too.
  const texts = [text, reparsed(text)].filter((t): t is string => t !== undefined);
  secrets.forEach((secret, index) => {
    if (secret.length === 0) return;
    // In any form redaction knows (letter case, percent, JSON escapes, base64), or as written.
    const found = texts.some((t) => t.includes(secret) || redactText(t, [secret]) !== t);
    if (found) leaks.push(`secret #${index + 1} appears`);
  });
  const value = String.raw`(?:"|\[\s*")(?!REDACTED")`;
  const patterns: [string, RegExp][] = [
    // `"name": "value"`, `"name": ["value"]`, and nock's flat `"name", "value"` lists.
    [
      "an Authorization header value",
      new RegExp(String.raw`"authorization"\s*[:,]\s*${value}`, "i"),
    ],
    [
      "a subscription-key header value",
      new RegExp(String.raw`"subscription-key"\s*[:,]\s*${value}`, "i"),
    ],
    ["a subscription-key query value", /subscription-key=(?!REDACTED)/i],
    ["a bearer or jwt-sas token", /\b(?:bearer|jwt-sas)\s+(?!REDACTED)[A-Za-z0-9._~+/=-]{4,}/i],
  ];
  for (const [what, pattern] of patterns) {
    if (texts.some((t) => pattern.test(t))) leaks.push(`${what} is not redacted`);
  }
  return leaks;
}

/** The JSON text written back without escapes, if it is JSON. */
function reparsed(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Response headers of a recorded exchange as one record (nock writes an object or a flat list). */
export function recordedHeaders(exchange: RecordedExchange): Record<string, string> {
  const raw: unknown = exchange.rawHeaders ?? exchange.headers ?? {};
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (let i = 0; i + 1 < raw.length; i += 2) out[String(raw[i])] = String(raw[i + 1]);
  } else if (typeof raw === "object" && raw !== null) {
    for (const [name, value] of Object.entries(raw)) out[name] = String(value);
  }
  return out;
}
