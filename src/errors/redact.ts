/** The only query parameter worth showing; the rest may carry a `subscription-key` or a SAS. */
const SHOWN_QUERY = new Set(["api-version"]);

/** A URL for messages: no user info, no fragment, query values other than api-version REDACTED. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(unparseable URL)";
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  const query = [...parsed.searchParams.keys()].map((key) =>
    SHOWN_QUERY.has(key.toLowerCase())
      ? `${encodeURIComponent(key)}=${encodeURIComponent(parsed.searchParams.get(key) ?? "")}`
      : `${encodeURIComponent(key)}=REDACTED`,
  );
  parsed.search = query.length > 0 ? `?${[...new Set(query)].join("&")}` : "";
  return parsed.toString();
}

/** Replaces every occurrence of each secret (at least 4 characters) by REDACTED. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("REDACTED");
  }
  return out;
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
