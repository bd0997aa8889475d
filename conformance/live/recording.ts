/**
 * Record and replay of live exchanges with nock: recordings are nock definitions (the format of
 * nock's recorder and nock back) wrapped with a title, redacted before they are written, and
 * replayed through the same client and validation policy as live calls.
 */
import nock from "nock";
import { REDACTED, redactText, redactUrl } from "./redact.js";

export interface Recording {
  readonly title: string;
  readonly api: "dataset" | "dataRegistry";
  readonly operationId: string;
  readonly definitions: nock.Definition[];
}

/** Request headers that carry a credential or an account identity. */
const SECRET_HEADERS = new Set(["authorization", "subscription-key", "x-ms-client-id"]);

/** Starts nock's recorder (real requests still go out). Call the returned function to stop. */
export function startRecording(): (secrets: readonly string[]) => nock.Definition[] {
  nock.recorder.clear();
  nock.recorder.rec({ dont_print: true, output_objects: true, enable_reqheaders_recording: true });
  return (secrets) => {
    const definitions = nock.recorder.play() as nock.Definition[];
    nock.recorder.clear();
    nock.restore();
    return definitions.map((d) => redactDefinition(d, secrets));
  };
}

export function redactDefinition(
  definition: nock.Definition,
  secrets: readonly string[],
): nock.Definition {
  const scope = String(definition.scope);
  const url = new URL(redactUrl(`${scope}${String(definition.path)}`));
  const reqheaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(definition.reqheaders ?? {})) {
    reqheaders[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : String(value);
  }
  const redacted: nock.Definition = {
    ...definition,
    path: `${url.pathname}${url.search}`,
    reqheaders,
  };
  // Last pass over everything (bodies, response headers) for echoed secret values.
  return JSON.parse(redactText(JSON.stringify(redacted), secrets)) as nock.Definition;
}

/**
 * Every credential a recording's text still holds: known secret values, and any Authorization or
 * subscription-key value that is not REDACTED. Empty when the text is clean.
 */
export function findCredentialLeaks(text: string, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  secrets.forEach((secret, index) => {
    if (secret.length > 0 && text.includes(secret)) leaks.push(`secret #${index + 1} appears`);
  });
  const patterns: [string, RegExp][] = [
    ["an Authorization header value", /"authorization"\s*:\s*"(?!REDACTED")/gi],
    ["a subscription-key header value", /"subscription-key"\s*:\s*"(?!REDACTED")/gi],
    ["a subscription-key query value", /subscription-key=(?!REDACTED)/gi],
    ["a bearer or jwt-sas token", /\b(?:bearer|jwt-sas)\s+(?!REDACTED)[A-Za-z0-9._~+/=-]{4,}/gi],
  ];
  for (const [what, pattern] of patterns) {
    if (pattern.test(text)) leaks.push(`${what} is not redacted`);
  }
  return leaks;
}

/**
 * Serves `definitions` in order from nock, with no network. Query values other than api-version
 * are not matched (they were redacted). Returns a function that says which were not used and
 * removes every interceptor.
 */
export function replay(definitions: readonly nock.Definition[]): () => string[] {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  const scopes = definitions.map((definition) => {
    const url = new URL(`${String(definition.scope)}${String(definition.path)}`);
    const apiVersion = url.searchParams.get("api-version");
    const headers = Object.fromEntries(
      Object.entries(definition.rawHeaders ?? {}).filter(
        // The reply is re-serialised: its length and framing are nock's own.
        ([name]) =>
          !["content-length", "transfer-encoding", "connection"].includes(name.toLowerCase()),
      ),
    );
    return nock(url.origin)
      .intercept(url.pathname, definition.method ?? "GET")
      .query((query) => query["api-version"] === (apiVersion ?? undefined))
      .reply(definition.status ?? 200, definition.response as nock.ReplyBody, headers);
  });
  return () => {
    const pending = scopes.flatMap((scope) => scope.pendingMocks());
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
    return pending;
  };
}
