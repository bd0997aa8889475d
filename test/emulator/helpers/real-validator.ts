import { createValidator } from "../../../conformance/validator/index.js";
import type { HttpAnswer } from "./spec-validator.js";

/**
 * The conformance suite's own validator, as a second opinion on the answers spec-validator.ts
 * checks: what it reports live is what matters. Created once (it compiles every schema).
 */
const validator = createValidator();

export function realViolations(
  operationId: "Dataset_GetOperation" | "DataRegistry_GetOperation",
  answer: HttpAnswer,
): string[] {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const result = validator.validateResponse({
    operationId,
    status: answer.status,
    headers,
    body: answer.text,
  });
  return result.violations.map((v) => `${v.code} ${v.location} ${v.pointer}: ${v.message}`);
}
