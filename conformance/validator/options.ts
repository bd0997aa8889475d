/**
 * Validator options, defined once with their defaults and normalised once (STYLE.md, rule 6).
 */
import { DEFAULT_HEADER_RULES, type HeaderPresenceRule } from "./headers/rules.js";
import { DEFAULT_SPEC_PATHS } from "./spec/defaultSpecs.js";

export interface ValidatorOptions {
  /**
   * Swagger 2.0 files to load. Default: the Dataset and Data Registry specs under `specs/`.
   * @example createValidator({ specPaths: ["specs/data-plane/Creator/stable/2.0/dataset.json"] })
   */
  readonly specPaths?: readonly string[];
  /**
   * Largest raw body accepted, in bytes (UTF-8). Default: 1 MiB, a thousand times the largest
   * sample. Larger bodies give one `BODY_TOO_LARGE` violation and are not parsed.
   */
  readonly maxBodyBytes?: number;
  /**
   * Deepest nesting of arrays/objects accepted. Default: 64 (the samples nest 3 levels). Checked
   * before `JSON.parse` and before ajv, whose compiled code for recursive `$ref`s (ErrorDetail
   * `details`, MapsInnerError `innererror`) recurses on the JS stack: 10,000 levels would overflow.
   * Deeper bodies give one `BODY_TOO_DEEP` violation.
   */
  readonly maxDepth?: number;
  /**
   * Largest total size of header names and values, in bytes. Default: 16 KiB, Node's own
   * `--max-http-header-size`. Larger header sets give one `HEADERS_TOO_LARGE` violation and no
   * header is checked.
   */
  readonly maxHeaderBytes?: number;
  /** When a declared header must be present. Default: `DEFAULT_HEADER_RULES`. */
  readonly headerRules?: readonly HeaderPresenceRule[];
  /**
   * Where `null` is accepted. `"declared"` (default): only where `x-nullable: true` says so, as a
   * typed client reads the spec. `"oav"`: also where oav accepts it, which Azure services often
   * send: an optional property, an array item, a map value, unless `x-nullable: false`.
   */
  readonly nulls?: NullsPolicy;
}

/** See `ValidatorOptions.nulls`. */
export type NullsPolicy = "declared" | "oav";
export const NULLS_POLICIES: readonly NullsPolicy[] = ["declared", "oav"];

export interface NormalizedOptions {
  readonly specPaths: readonly string[];
  readonly maxBodyBytes: number;
  readonly maxDepth: number;
  readonly maxHeaderBytes: number;
  readonly headerRules: readonly HeaderPresenceRule[];
  readonly nulls: NullsPolicy;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;
export const DEFAULT_MAX_HEADER_BYTES = 16 * 1024;

export function normalizeOptions(options: ValidatorOptions = {}): NormalizedOptions {
  return {
    specPaths: options.specPaths ?? DEFAULT_SPEC_PATHS,
    maxBodyBytes: positive(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, "maxBodyBytes"),
    maxDepth: positive(options.maxDepth, DEFAULT_MAX_DEPTH, "maxDepth"),
    maxHeaderBytes: positive(options.maxHeaderBytes, DEFAULT_MAX_HEADER_BYTES, "maxHeaderBytes"),
    headerRules: options.headerRules ?? DEFAULT_HEADER_RULES,
    nulls: nullsPolicy(options.nulls),
  };
}

function nullsPolicy(value: unknown): NullsPolicy {
  if (value === undefined) return "declared";
  if (NULLS_POLICIES.includes(value as NullsPolicy)) return value as NullsPolicy;
  const got = typeof value === "string" ? JSON.stringify(value) : typeof value;
  throw new RangeError(`validator option nulls must be "declared" or "oav", got ${got}`);
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`validator option ${name} must be a positive integer, got ${value}`);
  }
  return value;
}
