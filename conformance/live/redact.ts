/**
 * Secrets never leave a record: URLs keep only `api-version` in clear (a `subscription-key` or a
 * SAS may ride in the query), and known secret values are cut out of any text. One implementation,
 * shared with the client layer's error messages.
 */
export { redactUrl, redactSecrets as redactText } from "maps-operations-rest";

export const REDACTED = "REDACTED";
