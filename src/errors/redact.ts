/** The only query parameter worth showing; the rest may carry a `subscription-key` or a SAS. */
const SHOWN_QUERY = new Set(["api-version"]);

/**
 * A URL for messages and records: no user info, no fragment, query values other than api-version
 * REDACTED (a repeated key shown once). Each URL setter re-serialises the whole URL, so only the
 * setters that change something are called: this runs on every response the validating policy sees.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(unparseable URL)";
  }
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
  }
  // `hash` is "" for both no fragment and an empty one ("x#"); only the text tells them apart.
  if (url.includes("#")) parsed.hash = "";
  const query = [...parsed.searchParams].map(([key, value]) =>
    SHOWN_QUERY.has(key.toLowerCase())
      ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
      : `${encodeURIComponent(key)}=REDACTED`,
  );
  const search = query.length > 0 ? `?${[...new Set(query)].join("&")}` : "";
  // Setting "" also drops a bare "?", so only a non-empty identical query may be left alone.
  if (search === "" || search !== parsed.search) parsed.search = search;
  return parsed.toString();
}

/**
 * Replaces every occurrence of each secret (at least 4 characters) by REDACTED, also in the forms
 * a server may echo it in: percent-encoded (a URL), JSON-escaped (a body), base64 or base64url (a
 * header, a token), and in any letter case (an echo upper-cased by a proxy or a log format).
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = String(text);
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < 4) continue;
    out = out.replace(patternOf(secret), "REDACTED");
  }
  return out;
}

/** Compiled once per secret: redaction runs on every record and message. */
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 64;

function patternOf(secret: string): RegExp {
  let pattern = patterns.get(secret);
  if (pattern === undefined) {
    const bytes = Buffer.from(secret, "utf8");
    const forms = new Set([
      secret,
      safeEncode(secret),
      JSON.stringify(secret).slice(1, -1),
      bytes.toString("base64").replace(/=+$/, ""),
      bytes.toString("base64url"),
    ]);
    // Longest first, so that a form is not cut short by another that starts it.
    const alternatives = [...forms]
      .filter((f) => f.length >= 4)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    pattern = new RegExp(alternatives.join("|"), "gi");
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(secret, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate cannot be encoded, so it cannot be echoed encoded either
  }
}

/** A copy of a JSON value with the secrets removed from every string in it. */
export function redactJson<T>(value: T, redact: (text: string) => string): T {
  if (value === undefined) return value;
  try {
    return JSON.parse(redact(JSON.stringify(value))) as T;
  } catch {
    return undefined as T;
  }
}
