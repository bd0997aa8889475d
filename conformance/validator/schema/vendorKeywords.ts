/**
 * Swagger/AutoRest keywords that are legal in a Swagger 2.0 schema but unknown to draft-04.
 * They are registered with ajv (strict mode stays on, so a typo such as `requried` still fails
 * loudly) as annotations: they carry no validation of their own in a *response*, either because
 * the transform already turned them into draft-04 (`x-nullable`) or because they only constrain
 * requests or code generation (`readOnly`, `x-ms-client-name`, ...).
 * `x-ms-enum` is not here: it validates (schema/xMsEnum.ts).
 */
export const ANNOTATION_KEYWORDS = [
  "x-nullable",
  /** Constrains requests only (a client must not send it); a response may carry it. */
  "readOnly",
  /** Polymorphism is not validated (the specs have none); kept visible, see README "Missing". */
  "discriminator",
  "example",
  "xml",
  "externalDocs",
  "x-ms-identifiers",
  "x-ms-client-name",
  "x-ms-client-flatten",
  "x-ms-client-default",
  "x-ms-azure-resource",
  "x-ms-mutability",
  "x-ms-secret",
  "x-ms-discriminator-value",
  "x-ms-external",
] as const;

export const ANNOTATION_KEYWORD_SET: ReadonlySet<string> = new Set(ANNOTATION_KEYWORDS);
