/** The `error` object both APIs use (Dataset `ErrorDetail`, Data Registry `MapsErrorDetail`). */
export interface ServiceErrorDetail {
  /** The service's error code, e.g. `"InvalidData"`. */
  code?: string;
  /** A message for people. */
  message?: string;
  /** What the error is about. */
  target?: string;
  /** The errors that led to this one. */
  details?: ServiceErrorDetail[];
  /** API-specific fields (`additionalInfo`, `innererror`). */
  [extra: string]: unknown;
}

/** `body.error` when it has the shape of an error object, else undefined. */
export function serviceErrorOf(body: unknown): ServiceErrorDetail | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  return typeof error === "object" && error !== null && !Array.isArray(error)
    ? (error as ServiceErrorDetail)
    : undefined;
}
