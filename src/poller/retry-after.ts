/**
 * The delay the server asks for, in ms, or undefined when it asks for none (or garbage).
 * `retry-after-ms` / `x-ms-retry-after-ms` (Azure's millisecond forms) first, then `Retry-After`
 * as delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 */
export function retryAfterMs(
  headers: Record<string, string | undefined>,
  now: number,
): number | undefined {
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const value = headers[name]?.trim();
    if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  const value = headers["retry-after"]?.trim();
  if (value === undefined || value === "") return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only a date-like string: Date.parse accepts plain numbers and other forms too readily.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
