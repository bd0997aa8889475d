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
  // Each URL setter re-serialises the whole URL: only those that change something are called.
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
  }
  // `hash` is "" for both no fragment and an empty one ("x#"); only the text tells them apart.
  if (url.includes("#")) parsed.hash = "";
  const query = [...parsed.searchParams].map(([key, value]) =>
    SHOWN_QUERY.has(key.toLowerCase())
      ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
      : `${encodeURIComponent(key)}=${REDACTED}`,
  );
  const search = query.length > 0 ? `?${query.join("&")}` : "";
  // Setting "" also drops a bare "?", so only a non-empty identical query may be left alone.
  if (search === "" || search !== parsed.search) parsed.search = search;
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
