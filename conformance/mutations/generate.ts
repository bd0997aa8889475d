/**
 * Mutation generator: from one valid response (a sample), every single-fault variant with the
 * violations a validator must report, plus variants the spec allows, which it must accept.
 */
import { DEFAULT_HEADER_RULES, type HeaderPresenceRule } from "../validator/headers/rules.js";
import type { SpecModel } from "../validator/spec/model.js";
import { responseFor } from "../validator/status.js";
import type { ResponseInput } from "../validator/types.js";
import { bodyMutations } from "./bodyMutations.js";
import { responseMutations } from "./responseMutations.js";
import type { Mutation } from "./types.js";

export interface MutationBase extends ResponseInput {
  /** Plain record (as in samples), so that headers can be dropped and replaced by name. */
  readonly headers: Readonly<Record<string, string | number>>;
}

/**
 * @param base a response that validates, with a parsed body. Body mutations are sent as JSON
 * text, so the raw-body path is exercised too.
 */
export function generateMutations(
  model: SpecModel,
  base: MutationBase,
  rules: readonly HeaderPresenceRule[] = DEFAULT_HEADER_RULES,
): Mutation[] {
  const operation = model.operations.get(base.operationId);
  const response = operation && responseFor(operation, base.status);
  if (!operation || !response) {
    throw new RangeError(`no declared response for ${base.operationId} ${base.status}`);
  }
  const mutations = responseMutations(operation, response, base, rules);
  if (response.schema) {
    for (const m of bodyMutations(response.schema, base.body)) {
      mutations.push({
        name: m.name,
        given: { ...base, body: JSON.stringify(m.body) },
        want: m.want,
      });
    }
  }
  return mutations;
}
