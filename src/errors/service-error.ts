/** The `error` object both APIs use (Dataset `ErrorDetail`, Data Registry `MapsErrorDetail`). */
export interface ServiceErrorDetail {
  code?: string;
  message?: string;
  target?: string;
  details?: ServiceErrorDetail[];
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
