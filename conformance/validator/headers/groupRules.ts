import { ValidatorError } from "../errors.js";
import type { SpecModel } from "../spec/model.js";
import { pointerTokens } from "../spec/pointer.js";
import type { HeaderPresenceRule } from "./rules.js";

/** A rule with its header lower-cased and its `when` pointer split once, not per response. */
export interface PreparedRule {
  readonly rule: HeaderPresenceRule;
  readonly lower: string;
  readonly when: readonly string[] | undefined;
}

/** Checked once: a rule naming an undeclared header means the rule table and the spec drifted. */
export function groupRules(
  model: SpecModel,
  rules: readonly HeaderPresenceRule[],
): ReadonlyMap<string, readonly PreparedRule[]> {
  const grouped = new Map<string, PreparedRule[]>();
  for (const rule of rules) {
    const response = model.operations.get(rule.operationId)?.responses.get(rule.response);
    if (!response) continue; // a rule for a spec that is not loaded
    if (!response.headers.some((h) => h.lower === rule.header.toLowerCase())) {
      throw new ValidatorError(
        "INVALID_HEADER_RULE",
        `header rule for ${rule.operationId} ${rule.response} names ${rule.header}, which that response does not declare`,
      );
    }
    const prepared = {
      rule,
      lower: rule.header.toLowerCase(),
      when: rule.when ? pointerTokens(rule.when.pointer) : undefined,
    };
    grouped.set(rule.operationId, [...(grouped.get(rule.operationId) ?? []), prepared]);
  }
  return grouped;
}
