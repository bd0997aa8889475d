/**
 * Declared response headers: type/format when present (always), presence when a rule asks
 * (headers/rules.ts). Undeclared headers are not checked (any proxy adds some), except for what
 * no header may carry: CR, LF or NUL.
 */
import type { ValidateFunction } from "ajv";
import { target, type ResponseModel } from "../spec/model.js";
import { escapeToken, getByTokens } from "../spec/pointer.js";
import { toViolations } from "../schema/toViolations.js";
import type { Violation } from "../types.js";
import { coerceHeader } from "./coerce.js";
import type { PreparedRule } from "./groupRules.js";
import { integerRangeProblem } from "./integer.js";

export interface HeaderCheck {
  readonly operation: string;
  readonly status: number;
  readonly response: ResponseModel;
  readonly compiled: ReadonlyMap<string, ValidateFunction>;
  readonly headers: ReadonlyMap<string, string>;
  readonly controlCharacters: readonly string[];
  readonly rules: readonly PreparedRule[];
  /** Parsed body, or `undefined` when it could not be read (rules with `when` are then skipped). */
  readonly body: { readonly value: unknown } | undefined;
}

export function checkHeaders(check: HeaderCheck, violations: Violation[]): void {
  const record = (name: string, keyword: string, code: Violation["code"], message: string) =>
    violations.push({
      operation: check.operation,
      status: check.status,
      location: "header",
      pointer: `/${escapeToken(name)}`,
      keyword,
      message,
      code,
    });
  for (const name of check.controlCharacters) {
    record(
      name,
      "field-value",
      "HEADER_CONTROL_CHARACTER",
      `header ${name} holds CR, LF or NUL, which no field may (RFC 9110 §5.5); a client could read it as two headers`,
    );
  }
  for (const header of check.response.headers) {
    const text = check.headers.get(header.lower);
    const validate = check.compiled.get(header.lower);
    if (text === undefined || !validate) continue;
    const schema = target(header.schema);
    if (schema.type === "integer") {
      const problem = integerRangeProblem(text, schema.format);
      if (problem) {
        record(
          header.name,
          "format",
          "INVALID_FORMAT",
          `header ${header.name}: ${problem} (got ${preview(text)})`,
        );
        continue;
      }
    }
    const value = coerceHeader(text, header.schema, header.collectionFormat);
    if (validate(value)) continue;
    for (const v of toViolations(validate.errors ?? [], {
      operation: check.operation,
      status: check.status,
      location: "header",
      basePointer: `/${escapeToken(header.name)}`,
      data: value,
    })) {
      violations.push({
        ...v,
        message: `header ${header.name}: ${v.message} (got ${preview(text)})`,
      });
    }
  }
  for (const { rule, when } of check.rules) {
    if (rule.response !== check.response.key || check.headers.has(rule.header.toLowerCase())) {
      continue;
    }
    if (rule.when) {
      if (!when || !check.body || getByTokens(check.body.value, when) !== rule.when.equals) {
        continue;
      }
    }
    const condition = rule.when
      ? ` when ${rule.when.pointer} is ${JSON.stringify(rule.when.equals)}`
      : "";
    record(
      rule.header,
      "required",
      "INVALID_RESPONSE_HEADER",
      `header ${rule.header} is required${condition} but not provided (${rule.reason})`,
    );
  }
}

/** Messages quote the value, but a hostile one must not make the record huge. */
function preview(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
