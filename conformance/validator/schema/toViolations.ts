/**
 * ajv errors → `Violation` records with oav's codes. One table, keyword → code; the few keywords
 * whose code depends on the error's params are handled next to it.
 */
import type { ErrorObject } from "ajv";
import type { ViolationCode } from "../codes.js";
import { listed } from "../quote.js";
import { appendPointer, getByPointer } from "../spec/pointer.js";
import type { Violation, ViolationLocation } from "../types.js";

const CODE_BY_KEYWORD: Readonly<Record<string, ViolationCode>> = {
  type: "INVALID_TYPE",
  format: "INVALID_FORMAT",
  enum: "ENUM_MISMATCH",
  "x-ms-enum": "ENUM_CASE_MISMATCH",
  required: "OBJECT_MISSING_REQUIRED_PROPERTY",
  additionalProperties: "OBJECT_ADDITIONAL_PROPERTIES",
  minProperties: "OBJECT_PROPERTIES_MINIMUM",
  maxProperties: "OBJECT_PROPERTIES_MAXIMUM",
  pattern: "PATTERN",
  minLength: "MIN_LENGTH",
  maxLength: "MAX_LENGTH",
  minimum: "MINIMUM",
  maximum: "MAXIMUM",
  multipleOf: "MULTIPLE_OF",
  minItems: "ARRAY_LENGTH_SHORT",
  maxItems: "ARRAY_LENGTH_LONG",
  uniqueItems: "ARRAY_UNIQUE",
  additionalItems: "ARRAY_ADDITIONAL_ITEMS",
  anyOf: "ANY_OF_MISSING",
  oneOf: "ONE_OF_MISSING",
  not: "NOT_PASSED",
  "x-discriminator-map": "DISCRIMINATOR_VALUE_NOT_FOUND",
  "x-unique-items": "ARRAY_UNIQUE",
};

export interface ViolationContext {
  readonly operation: string;
  readonly status: number;
  readonly location: ViolationLocation;
  /** Prefix of every pointer: `""` for the body, `/Retry-After` for a header. */
  readonly basePointer: string;
  /** The validated value, to tell an enum case mismatch from an unknown value. */
  readonly data: unknown;
}

/** Records listed per body or header value; beyond, one `TOO_MANY_VIOLATIONS` counts the rest. */
export const MAX_LISTED_VIOLATIONS = 100;

export function toViolations(
  errors: readonly ErrorObject[],
  context: ViolationContext,
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  const relevant = withoutNullableWrappers(errors);
  for (let i = 0; i < relevant.length; i++) {
    if (out.length === MAX_LISTED_VIOLATIONS) {
      // A 1 MiB body of wrong values is 260,000 findings: not a record each.
      out.push(tooMany(relevant.length - i, context));
      break;
    }
    const violation = toViolation(relevant[i]!, context);
    // allOf parts repeat their parent's `type`: one record per distinct finding.
    const key = `${violation.code} ${violation.pointer} ${violation.keyword} ${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(violation);
  }
  return out;
}

function tooMany(rest: number, context: ViolationContext): Violation {
  return {
    operation: context.operation,
    status: context.status,
    location: context.location,
    pointer: context.basePointer,
    keyword: "maxViolations",
    message: `${rest} more finding${rest === 1 ? "" : "s"} not listed: at most ${MAX_LISTED_VIOLATIONS} are`,
    code: "TOO_MANY_VIOLATIONS",
  };
}

/**
 * A nullable `$ref` is `{ x-nullable, anyOf: [{ type: null }, { $ref }] }` (schema/emit.ts).
 * When the value is neither, ajv reports the `anyOf`, the `null` branch and the ref's errors; only
 * the last say what is wrong.
 */
function withoutNullableWrappers(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const wrappers = errors
    .filter((e) => e.keyword === "anyOf" && e.parentSchema?.["x-nullable"] === true)
    .map((e) => e.parentSchema as { anyOf: unknown[] });
  if (wrappers.length === 0) return errors;
  const noise = new Set<unknown>(wrappers.flatMap((w) => [w, w.anyOf[0]]));
  return errors.filter((e) => !noise.has(e.parentSchema));
}

function toViolation(error: ErrorObject, context: ViolationContext): Violation {
  return {
    operation: context.operation,
    status: context.status,
    location: context.location,
    pointer: context.basePointer + pointerOf(error),
    keyword: keywordOf(error),
    message: messageOf(error, context.data),
    code: codeOf(error, context.data),
  };
}

/** The spec's keyword where ours stands for it. */
function keywordOf(error: ErrorObject): string {
  if (error.keyword === "x-discriminator-map") return "discriminator";
  if (error.keyword === "x-unique-items") return "uniqueItems";
  if (error.keyword === "x-not-in-response") {
    return (error.params as { kind?: unknown }).kind === "secret"
      ? "x-ms-secret"
      : "x-ms-mutability";
  }
  return error.keyword;
}

/**
 * ajv's message, but a type list in words ("must be integer or null", not "integer,null") and an
 * enum's values listed (as `listed` cuts them), which ajv leaves out.
 */
function messageOf(error: ErrorObject, data: unknown): string {
  const { type, allowedValues } = error.params as { type?: unknown; allowedValues?: unknown };
  const types = Array.isArray(type) ? type : typeof type === "string" ? type.split(",") : [];
  if (error.keyword === "type") {
    const value = getByPointer(data, error.instancePath);
    // JSON text such as 1e400 parses to Infinity, which no number type takes: say why.
    const why =
      typeof value === "number" && !Number.isFinite(value)
        ? " (the number is beyond the range of a double)"
        : "";
    if (types.length > 1 || why) return `must be ${types.join(" or ")}${why}`;
  }
  if (error.keyword === "enum" && Array.isArray(allowedValues)) {
    // As the extensible enum's keyword says it (keywords/xMsEnum.ts).
    const known = caseVariantOf(getByPointer(data, error.instancePath), allowedValues);
    if (known !== undefined) return `must be ${known} (known value in another letter case)`;
    return `must be one of ${listed(allowedValues)}`;
  }
  return error.message ?? `fails ${error.keyword}`;
}

/**
 * A missing or extra property, or an unknown discriminator value, is reported at the property,
 * not at the object holding it.
 */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "x-discriminator-map") {
    return appendPointer(error.instancePath, String(params.discriminator));
  }
  if (error.keyword === "required")
    return appendPointer(error.instancePath, String(params.missingProperty));
  if (error.keyword === "additionalProperties") {
    return appendPointer(error.instancePath, String(params.additionalProperty));
  }
  return error.instancePath;
}

function codeOf(error: ErrorObject, data: unknown): ViolationCode {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return isCaseMismatch(getByPointer(data, error.instancePath), params.allowedValues)
        ? "ENUM_CASE_MISMATCH"
        : "ENUM_MISMATCH";
    // draft-04 spells exclusive bounds as a boolean next to minimum/maximum.
    case "minimum":
      return params.comparison === ">" ? "MINIMUM_EXCLUSIVE" : "MINIMUM";
    case "maximum":
      return params.comparison === "<" ? "MAXIMUM_EXCLUSIVE" : "MAXIMUM";
    case "oneOf":
      return params.passingSchemas === null ? "ONE_OF_MISSING" : "ONE_OF_MULTIPLE";
    case "x-not-in-response":
      return params.kind === "secret"
        ? "SECRET_PROPERTY"
        : "WRITEONLY_PROPERTY_NOT_ALLOWED_IN_RESPONSE";
    default:
      return CODE_BY_KEYWORD[error.keyword] ?? "SCHEMA_VALIDATION_FAILED";
  }
}

function isCaseMismatch(value: unknown, allowed: unknown): boolean {
  return caseVariantOf(value, allowed) !== undefined;
}

/** The allowed value `value` spells in another letter case, if any. */
function caseVariantOf(value: unknown, allowed: unknown): string | undefined {
  if (typeof value !== "string" || !Array.isArray(allowed)) return undefined;
  const lower = value.toLowerCase();
  return allowed.find((v): v is string => typeof v === "string" && v.toLowerCase() === lower);
}
