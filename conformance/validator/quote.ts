/**
 * How a value from a response shows in a message: quoted as JSON (no raw line break or control
 * character reaches a report) and cut short, since a hostile value may be megabytes.
 */

/** A string cut at `max` characters, then quoted; another value written as JSON, then cut. */
export function quoted(value: unknown, max = 80): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Values a message lists (an enum's, a discriminator's): each quoted, at most `max`, then a count. */
export function listed(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => quoted(v));
  const more = values.length > max ? ` and ${values.length - max} more` : "";
  return `${shown.join(", ")}${more}`;
}
