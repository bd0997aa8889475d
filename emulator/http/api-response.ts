/** A response before it is written: faults may still alter it (see faults/mutate.ts). */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialised as JSON; undefined means no body (204). */
  body?: unknown;
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body,
  };
}
