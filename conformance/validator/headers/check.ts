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
import { HeaderSlots, type HeadersRead } from "./read.js";
import { integerRangeProblem } from "./integer.js";

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
 */
export function prepareHeaders(
  headers: readonly HeaderModel[],
  compiled: ReadonlyMap<string, ValidateFunction>,
  rules: readonly PreparedRule[],
): { slots: HeaderSlots; checks: PreparedHeader[]; rules: SlottedRule[] } {
  const slots = new HeaderSlots(["content-type", ...headers.map((h) => h.name)]);
  const checks = headers.flatMap((header, i) => {
    const validate = compiled.get(header.lower);
    if (!validate) return [];
    const schema = target(header.schema);
    return [{ header, slot: i + 1, schema, validate, typeOnly: typeOnly(schema) }];
  });
  // groupRules made sure each rule names a declared header.
  const slotted = rules.map((r) => ({ ...r, slot: slots.slotOf(r.lower) ?? -1 }));
  return { slots, checks, rules: slotted };
}

/** The prepared checks of one declared response. */
export interface HeaderChecks {
  readonly headers: readonly PreparedHeader[];
  readonly rules: readonly SlottedRule[];
}

/**
 * @param read the headers as read (within the budget)
 * @param hasBody whether the body could be read: a rule with `when` is skipped when not
 * @param body the parsed body
 */
export function checkHeaders(
  checks: HeaderChecks,
  operation: string,
  status: number,
  read: HeadersRead & { ok: true },
  hasBody: boolean,
  body: unknown,
  violations: Violation[],
): void {
  for (const name of read.controlCharacters) {
    const message = `header ${name} holds CR, LF or NUL, which no field may (RFC 9110 §5.5); a client could read it as two headers`;
    record(operation, status, violations, name, "field-value", "HEADER_CONTROL_CHARACTER", message);
  }
  for (const { header, slot, schema, validate, typeOnly } of checks.headers) {
    const text = read.values[slot];
    if (text === undefined) continue;
    const value = coerceHeader(text, schema, header.collectionFormat);
    if (typeof value === "number" && schema.type === "integer") {
      const problem = integerRangeProblem(value, text, schema.format);
      if (problem) {
        const message = `header ${header.name}: ${problem} (got ${preview(text)})`;
        record(operation, status, violations, header.name, "format", "INVALID_FORMAT", message);
        continue;
      }
      if (typeOnly) continue;
    }
    if (typeOnly && typeof value === "string" && schema.type === "string") continue;
    if (validate(value)) continue;
    const found = toViolations(validate.errors ?? [], {
      operation,
      status,
      location: "header",
      basePointer: `/${escapeToken(header.name)}`,
      data: value,
    });
    for (const v of found) {
      violations.push({
        ...v,
        message: `header ${header.name}: ${v.message} (got ${preview(text)})`,
      });
    }
  }
  for (const { rule, slot, when } of checks.rules) {
    if (read.values[slot] !== undefined) continue;
    if (rule.when) {
      if (!when || !hasBody || getByTokens(body, when) !== rule.when.equals) continue;
    }
    const condition = rule.when
      ? ` when ${rule.when.pointer} is ${JSON.stringify(rule.when.equals)}`
      : "";
    const message = `header ${rule.header} is required${condition} but not provided (${rule.reason})`;
    record(
      operation,
      status,
      violations,
      rule.header,
      "required",
      "INVALID_RESPONSE_HEADER",
      message,
    );
  }
}

function record(
  operation: string,
  status: number,
  violations: Violation[],
  name: string,
  keyword: string,
  code: Violation["code"],
  message: string,
): void {
  violations.push({
    operation,
    status,
    location: "header",
    pointer: `/${escapeToken(name)}`,
    keyword,
    message,
    code,
  });
}

/** Messages quote the value, but a hostile one must not make the record huge. */
function preview(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
