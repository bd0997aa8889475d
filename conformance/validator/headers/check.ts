/**
 * Declared response headers: type/format when present (always), presence when a rule asks
 * (headers/rules.ts). Undeclared headers are not checked: any proxy adds some.
 */
import type { ValidateFunction } from "ajv";
import type { ResponseModel } from "../spec/model.js";
import { escapeToken, getByPointer } from "../spec/pointer.js";
import { toViolations } from "../schema/toViolations.js";
import type { Violation } from "../types.js";
import { coerceHeader } from "./coerce.js";
import type { HeaderPresenceRule } from "./rules.js";

export interface HeaderCheck {
  readonly operation: string;
  readonly status: number;
  readonly response: ResponseModel;
  readonly compiled: ReadonlyMap<string, ValidateFunction>;
  readonly headers: ReadonlyMap<string, string>;
  readonly rules: readonly HeaderPresenceRule[];
  /** Parsed body, or `undefined` when it could not be read (rules with `when` are then skipped). */
  readonly body: { readonly value: unknown } | undefined;
}

export function checkHeaders(check: HeaderCheck): Violation[] {
  const violations: Violation[] = [];
  for (const header of check.response.headers) {
    const text = check.headers.get(header.lower);
    const validate = check.compiled.get(header.lower);
    if (text === undefined || !validate) continue;
    const value = coerceHeader(text, header.schema);
    if (validate(value)) continue;
    violations.push(
      ...toViolations(validate.errors ?? [], {
        operation: check.operation,
        status: check.status,
        location: "header",
        basePointer: `/${escapeToken(header.name)}`,
        data: value,
      }).map((v) => ({
        ...v,
        message: `header ${header.name}: ${v.message} (got ${preview(text)})`,
      })),
    );
  }
  for (const rule of check.rules) {
    if (rule.response !== check.response.key || check.headers.has(rule.header.toLowerCase()))
      continue;
    if (rule.when) {
      if (!check.body || getByPointer(check.body.value, rule.when.pointer) !== rule.when.equals)
        continue;
    }
    const condition = rule.when
      ? ` when ${rule.when.pointer} is ${JSON.stringify(rule.when.equals)}`
      : "";
    violations.push({
      operation: check.operation,
      status: check.status,
      location: "header",
      pointer: `/${escapeToken(rule.header)}`,
      keyword: "required",
      message: `header ${rule.header} is required${condition} but not provided (${rule.reason})`,
      code: "INVALID_RESPONSE_HEADER",
    });
  }
  return violations;
}

/** Messages quote the value, but a hostile one must not make the record huge. */
function preview(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
