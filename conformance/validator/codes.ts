/**
 * Stable violation codes. oav's names are used wherever oav has the same concept, so results can
 * be compared with `oav validate-traffic`; the `BODY_*` / `HEADERS_*` limit codes are ours.
 */
export const VIOLATION_CODES = [
  // status / content type / headers
  "INVALID_RESPONSE_CODE",
  "INVALID_CONTENT_TYPE",
  /** oav's meaning: a header the response must carry is absent (see headers/rules.ts). */
  "INVALID_RESPONSE_HEADER",
  // body framing
  /**
   * oav's meaning: the response declares a body schema but no body was sent (or it is empty).
   * Also a 204 or 304 that has a body, which HTTP does not allow.
   */
  "INVALID_RESPONSE_BODY",
  /** Body is not JSON: syntax error, truncated, invalid UTF-8. */
  "JSON_PARSING_ERROR",
  // limits (ours): the input is refused before parsing/validation so it cannot hang or overflow
  "BODY_TOO_LARGE",
  "BODY_TOO_DEEP",
  "HEADERS_TOO_LARGE",
  /**
   * A header value (or name) with CR, LF or NUL: invalid in a field (RFC 9110 §5.5), and a client
   * or proxy that passes it on may split it into a second header (`Set-Cookie` smuggling).
   */
  "HEADER_CONTROL_CHARACTER",
  /**
   * More findings in one body or header than are listed (`MAX_LISTED_VIOLATIONS`, 100): the first
   * ones are, and this record counts the rest, so that a hostile body cannot flood a report.
   */
  "TOO_MANY_VIOLATIONS",
  // schema keywords (body and header values)
  "INVALID_TYPE",
  "INVALID_FORMAT",
  "ENUM_MISMATCH",
  "ENUM_CASE_MISMATCH",
  "OBJECT_MISSING_REQUIRED_PROPERTY",
  "OBJECT_ADDITIONAL_PROPERTIES",
  "OBJECT_PROPERTIES_MINIMUM",
  "OBJECT_PROPERTIES_MAXIMUM",
  "PATTERN",
  "MIN_LENGTH",
  "MAX_LENGTH",
  "MINIMUM",
  "MAXIMUM",
  "MINIMUM_EXCLUSIVE",
  "MAXIMUM_EXCLUSIVE",
  "MULTIPLE_OF",
  "ARRAY_LENGTH_SHORT",
  "ARRAY_LENGTH_LONG",
  "ARRAY_UNIQUE",
  "ARRAY_ADDITIONAL_ITEMS",
  "ANY_OF_MISSING",
  "ONE_OF_MISSING",
  "ONE_OF_MULTIPLE",
  "NOT_PASSED",
  /** oav's: a polymorphic value's discriminator names no schema that extends the declared one. */
  "DISCRIMINATOR_VALUE_NOT_FOUND",
  /** oav's: a response (other than a POST's) returns an `x-ms-secret` property. */
  "SECRET_PROPERTY",
  /** oav's: a response returns a property whose `x-ms-mutability` has no `read`. */
  "WRITEONLY_PROPERTY_NOT_ALLOWED_IN_RESPONSE",
  /** A schema keyword without a more specific code (should not happen with Swagger 2.0 specs). */
  "SCHEMA_VALIDATION_FAILED",
  /** The validator itself failed on this input (a bug, or a parsed body whose getters throw). */
  "INTERNAL_ERROR",
] as const;

export type ViolationCode = (typeof VIOLATION_CODES)[number];
