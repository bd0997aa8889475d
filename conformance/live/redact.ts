/**
 * Secrets never leave a record: URLs keep only `api-version` in clear (a `subscription-key` or a
 * SAS may ride in the query), and known secret values are cut out of any text.
 */
const SHOWN_QUERY = new Set(["api-version"]);

export const REDACTED = "REDACTED";

/** Absolute URL without user info or fragment; every query value but api-version is REDACTED. */
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
  const query = [...parsed.searchParams].map(([key, value]) =>
    SHOWN_QUERY.has(key.toLowerCase())
      ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
      : `${encodeURIComponent(key)}=${REDACTED}`,
  );
  parsed.search = query.length > 0 ? `?${query.join("&")}` : "";
  return parsed.toString();
}

/** Replaces every occurrence of each secret (4 characters or more, to avoid shredding text). */
export function redactText(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}
