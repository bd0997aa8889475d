/**
 * Declared response headers: type/format when present (always), presence when a rule asks
 * (headers/rules.ts). Undeclared headers are not checked (any proxy adds some), except for what
 * no header may carry: CR, LF or NUL.
 */
import type { ValidateFunction } from "ajv";
import { target, type HeaderModel, type SchemaNode } from "../spec/model.js";
import { escapeToken, getByTokens } from "../spec/pointer.js";
import { toViolations } from "../schema/toViolations.js";
import type { Violation } from "../types.js";
import { coerceHeader } from "./coerce.js";
import type { PreparedRule } from "./groupRules.js";
import { HeaderSlots } from "./read.js";
import { integerRangeProblem } from "./integer.js";
import { quoted } from "../quote.js";

/** One declared header with what checking it needs, looked up once. */
export interface PreparedHeader {
  readonly header: HeaderModel;
  /** Its slot in what `readHeaders` returns. */
  readonly slot: number;
  readonly schema: SchemaNode;
  readonly validate: ValidateFunction;
  /**
   * What the schema says beyond the type (and an integer's range), if nothing: then a value of
   * the type is valid without calling ajv. `Retry-After` (an int32) and `x-ms-error-code` (any
   * string) are such headers.
   */
  readonly typeOnly: boolean;
  /** The shortcut `checkHeaders` takes for a type-only header, decided once. */
  readonly shortcut: Shortcut;
}

/**
 * `text`: a string, which any text is. `integer`, `int32`: a plain literal within range. `none`:
 * coercion and ajv decide.
 */
type Shortcut = "none" | "text" | "integer" | "int32";

function shortcutOf(schema: SchemaNode): Shortcut {
  if (!typeOnly(schema)) return "none";
  if (schema.type === "string") return "text";
  return schema.format === "int32" ? "int32" : "integer";
}

function typeOnly(schema: SchemaNode): boolean {
  return (
    (schema.type === "integer" || (schema.type === "string" && schema.format === undefined)) &&
    schema.enum === undefined &&
    Object.keys(schema.constraints).length === 0
  );
}

/** A presence rule with the slot of its header. */
export interface SlottedRule extends PreparedRule {
  readonly slot: number;
}

/**
 * The slots of one declared response: `Content-Type` first, then the declared headers; and the
 * checks of those headers and the response's presence rules, pointing at their slots.
 * @param produces the operation's media types: values a Content-Type field often holds
 */
export function prepareHeaders(
  headers: readonly HeaderModel[],
  compiled: ReadonlyMap<string, ValidateFunction>,
  rules: readonly PreparedRule[],
  produces: readonly string[] = [],
): { slots: HeaderSlots; checks: PreparedHeader[]; rules: SlottedRule[] } {
  const slots = new HeaderSlots(["content-type", ...headers.map((h) => h.name)], produces);
  const checks = headers.flatMap((header, i) => {
    const validate = compiled.get(header.lower);
    if (!validate) return [];
    const schema = target(header.schema);
    const shortcut = shortcutOf(schema);
    return [{ header, slot: i + 1, schema, validate, typeOnly: typeOnly(schema), shortcut }];
  });
  // groupRules made sure each rule names a declared header.
  const slotted = rules.map((r) => ({ ...r, slot: slots.slotOf(r.lower) }));
  return { slots, checks, rules: slotted };
}

/** The prepared checks of one declared response. */
export interface HeaderChecks {
  readonly headers: readonly PreparedHeader[];
  readonly rules: readonly SlottedRule[];
}

/**
 * Appends what is wrong with the headers to `violations` (created when the first is found).
 * @param values the headers as read (within the budget), by slot
 * @param controlCharacters names of the fields that hold CR, LF or NUL
 * @param hasBody whether the body could be read: a rule with `when` is skipped when not
 * @param body the parsed body
 */
export function checkHeaders(
  checks: HeaderChecks,
  operation: string,
  status: number,
  values: readonly (string | undefined)[],
  controlCharacters: readonly string[] | undefined,
  hasBody: boolean,
  body: unknown,
  violations: Violation[] | undefined,
): Violation[] | undefined {
  // What runs for every response is kept small here, so that V8 inlines it where it is called;
  // whatever builds a record is in a function of its own.
  if (controlCharacters !== undefined) {
    violations = controlCharacterViolations(operation, status, controlCharacters, violations);
  }
  const { headers, rules } = checks;
  for (let i = 0; i < headers.length; i++) {
    const prepared = headers[i]!;
    const text = values[prepared.slot];
    if (text === undefined) continue;
    // The common headers decided without coercion or ajv: any text is a string, and a plain
    // integer literal within range is an integer.
    const { shortcut } = prepared;
    if (shortcut === "text") continue;
    if (shortcut !== "none" && isPlainInteger(text, shortcut === "int32")) continue;
    violations = checkHeader(prepared, operation, status, text, violations);
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (values[rule.slot] !== undefined) continue;
    violations = checkAbsent(rule, operation, status, hasBody, body, violations);
  }
  return violations;
}

/** One `HEADER_CONTROL_CHARACTER` record per field name, appended. */
export function controlCharacterViolations(
  operation: string,
  status: number,
  names: readonly string[],
  violations: Violation[] | undefined,
): Violation[] | undefined {
  for (const name of names) {
    const message = `header ${name} holds CR, LF or NUL, which no field may (RFC 9110 §5.5); a client could read it as two headers`;
    violations = record(
      operation,
      status,
      violations,
      name,
      "field-value",
      "HEADER_CONTROL_CHARACTER",
      message,
    );
  }
  return violations;
}

/** A header a presence rule names is absent: a violation, unless the rule's `when` is false. */
function checkAbsent(
  { rule, when }: SlottedRule,
  operation: string,
  status: number,
  hasBody: boolean,
  body: unknown,
  violations: Violation[] | undefined,
): Violation[] | undefined {
  if (rule.when) {
    if (!when || !hasBody || getByTokens(body, when) !== rule.when.equals) return violations;
  }
  const condition = rule.when
    ? ` when ${rule.when.pointer} is ${JSON.stringify(rule.when.equals)}`
    : "";
  const message = `header ${rule.header} is required${condition} but not provided (${rule.reason})`;
  return record(
    operation,
    status,
    violations,
    rule.header,
    "required",
    "INVALID_RESPONSE_HEADER",
    message,
  );
}

/** One declared header's value against its schema: coerced from text, range, then ajv. */
function checkHeader(
  { header, schema, validate, typeOnly }: PreparedHeader,
  operation: string,
  status: number,
  text: string,
  violations: Violation[] | undefined,
): Violation[] | undefined {
  const value = coerceHeader(text, schema, header.collectionFormat);
  if (typeof value === "number" && schema.type === "integer") {
    const problem = integerRangeProblem(value, text, schema.format);
    if (problem) {
      const message = `header ${header.name}: ${problem} (got ${quoted(text)})`;
      return record(
        operation,
        status,
        violations,
        header.name,
        "format",
        "INVALID_FORMAT",
        message,
      );
    }
    if (typeOnly) return violations;
  }
  if (typeOnly && typeof value === "string" && schema.type === "string") return violations;
  if (validate(value)) return violations;
  const found = toViolations(validate.errors ?? [], {
    operation,
    status,
    location: "header",
    basePointer: `/${escapeToken(header.name)}`,
    data: value,
  });
  violations ??= [];
  for (const v of found) {
    violations.push({
      ...v,
      message: `header ${header.name}: ${v.message} (got ${quoted(text)})`,
    });
  }
  return violations;
}

/**
 * `[+-]?` and 1–15 digits, within int32 when that is the format: an integer read exactly (15
 * digits stay below 2^53) and in range, so valid. Anything else (blanks to trim, more digits)
 * is left to `checkHeader`.
 */
function isPlainInteger(text: string, int32: boolean): boolean {
  const first = text.charCodeAt(0);
  const sign = first === 43 /* + */ || first === 45 /* - */ ? 1 : 0;
  const digits = text.length - sign;
  if (digits < 1 || digits > 15) return false;
  let n = 0;
  for (let i = sign; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    n = n * 10 + d;
  }
  if (!int32) return true;
  return first === 45 ? n <= 2 ** 31 : n < 2 ** 31;
}

function record(
  operation: string,
  status: number,
  violations: Violation[] | undefined,
  name: string,
  keyword: string,
  code: Violation["code"],
  message: string,
): Violation[] {
  const violation: Violation = {
    operation,
    status,
    location: "header",
    pointer: `/${escapeToken(name)}`,
    keyword,
    message,
    code,
  };
  if (violations === undefined) return [violation];
  violations.push(violation);
  return violations;
}
