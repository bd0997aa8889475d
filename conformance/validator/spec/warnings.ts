/**
 * What a spec does that the validator had to read generously: plain records, collected while the
 * specs load and returned with the validator (`validator.warnings`), never thrown. oav and Prism
 * load such specs with a warning too; a contract check that refused them could not run at all.
 */

export const SPEC_WARNING_CODES = [
  /** A `format` no known validator checks: the value is validated without it. */
  "UNKNOWN_FORMAT",
  /** A keyword Swagger 2.0 does not define (a typo such as `requried`, or OpenAPI 3's `nullable`). */
  "UNKNOWN_KEYWORD",
  /** A keyword whose value has the wrong shape (`required: "a"`, a pattern that is no regex). */
  "INVALID_KEYWORD_VALUE",
  /** A keyword that cannot apply to the schema's type (`minLength` on an integer). */
  "KEYWORD_TYPE_MISMATCH",
  /** No `type`, but `properties`/`items`/`enum` say which one AutoRest models: that one is used. */
  "TYPE_INFERRED",
  /** A `$ref` that names nothing (missing file or pointer, or a remote URL): anything is accepted there. */
  "UNRESOLVABLE_REF",
  /** An operation without `operationId`: it is addressed as `<METHOD> <path>`. */
  "MISSING_OPERATION_ID",
  /** A second operation with an `operationId` already loaded: the first one is kept. */
  "DUPLICATE_OPERATION_ID",
  /** A `responses` key that is no status code, `default` or `x-` extension: it is skipped. */
  "INVALID_RESPONSE_KEY",
  /** A `discriminator` naming a property the schema does not declare. */
  "DISCRIMINATOR_PROPERTY_MISSING",
  /** A subtype whose discriminator value the property's closed `enum` does not allow: no value can name it. */
  "DISCRIMINATOR_VALUE_UNREACHABLE",
  /** A spec file referenced by `$ref` or `x-ms-examples` that cannot be read or parsed. */
  "UNREADABLE_FILE",
  /** ajv's own strict-mode finding on the compiled schema (should not happen: a validator bug). */
  "SCHEMA_STRICT",
] as const;

/** One of `SPEC_WARNING_CODES`. */
export type SpecWarningCode = (typeof SPEC_WARNING_CODES)[number];

/** Something a loaded spec does that the validator had to read generously; see the codes. */
export interface SpecWarning {
  /** What kind of oddity, e.g. `UNKNOWN_FORMAT`. */
  readonly code: SpecWarningCode;
  /** Absolute path of the file the finding is in. */
  readonly specPath: string;
  /** RFC 6901 pointer of the finding in that file. */
  readonly pointer: string;
  /** What was found and how it was read, e.g. `format sha256 is unknown; values are not checked against it`. */
  readonly message: string;
}

/** Collects warnings once each: a shared definition is read from many places. */
export class WarningLog {
  private readonly seen = new Set<string>();
  readonly list: SpecWarning[] = [];

  add(code: SpecWarningCode, specPath: string, pointer: string, message: string): void {
    const key = `${code} ${specPath}#${pointer} ${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, specPath, pointer, message });
  }
}
