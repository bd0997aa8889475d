/**
 * `uniqueItems: true`, emitted as `x-unique-items`. ajv compares every pair of items that are
 * objects or arrays, so a 600 KB array of 40,000 small objects took a minute within the body
 * limits; here each item is written once in a canonical form (object keys sorted) and looked up
 * in a map, which costs the size of the array. Equality is JSON Schema's, as ajv's: the same
 * type and value, objects regardless of key order.
 */
import type { CodeKeywordDefinition, KeywordErrorDefinition } from "ajv";
import { _, str } from "ajv";

const error: KeywordErrorDefinition = {
  message: ({ params }) =>
    str`must NOT have duplicate items (items ## ${params.j} and ${params.i} are identical)`,
  params: ({ params }) => _`{i: ${params.i}, j: ${params.j}}`,
};

export const uniqueItemsKeyword: CodeKeywordDefinition = {
  keyword: "x-unique-items",
  type: "array",
  schemaType: "boolean",
  error,
  code(cxt) {
    const { gen, data } = cxt;
    const find = gen.scopeValue("keyword", { ref: firstDuplicate });
    const duplicate = gen.const("duplicate", _`${find}(${data})`);
    // As ajv's own: `i` the later item, `j` the earlier one.
    cxt.setParams({ i: _`${duplicate}[1]`, j: _`${duplicate}[0]` });
    cxt.fail(_`${duplicate} !== undefined`);
  },
};

/** The indexes of the first item that repeats an earlier one, earlier first; else undefined. */
export function firstDuplicate(items: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = canonical(items[i]);
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, i];
    seen.set(key, i);
  }
  return undefined;
}

/** JSON text with object keys sorted: equal for values JSON Schema calls equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? String(value);
}
