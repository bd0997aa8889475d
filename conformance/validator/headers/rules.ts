/**
 * When must a declared response header be present?
 *
 * Swagger 2.0 response headers have no `required` flag, so the spec alone only says what type a
 * header has *when present*. The documents the specs were written from say more, in prose; this
 * table carries that prose as data, one rule per sentence, so the validator stays spec-driven:
 * a rule may only name a header the spec declares for that response (checked at load time).
 *
 * Not encoded, on purpose: "no extra headers" while running / once finished. An extra header is
 * harmless to a client, and a proxy may add one; the header is still type-checked if present.
 */
export interface HeaderPresenceRule {
  readonly operationId: string;
  /** Response key in the spec: `"200"`, `"default"`. */
  readonly response: string;
  /** Header name as declared in the spec (matched case-insensitively on the wire). */
  readonly header: string;
  /** Required only when the body value at `pointer` equals `equals`; always required if absent. */
  readonly when?: { readonly pointer: string; readonly equals: unknown };
  /** The sentence of the source document the rule encodes. */
  readonly reason: string;
}

export const DEFAULT_HEADER_RULES: readonly HeaderPresenceRule[] = [
  {
    operationId: "Dataset_GetOperation",
    response: "200",
    header: "Resource-Location",
    when: { pointer: "/status", equals: "Succeeded" },
    reason:
      "Dataset - Get Operation: 'If the operation succeeds, a 200-OK http status code with " +
      "Resource-Location header is returned.'",
  },
  {
    operationId: "DataRegistry_GetOperation",
    response: "200",
    header: "Retry-After",
    when: { pointer: "/status", equals: "Running" },
    reason:
      "Data Registry - Get Operation: 'En cours, une réponse HTTP 200 OK est retournée avec " +
      "Retry-After un en-tête' (while running, 200 OK is returned with a Retry-After header).",
  },
];
