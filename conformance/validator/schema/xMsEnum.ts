/**
 * `x-ms-enum` as an ajv keyword. Closed enums (`modelAsString: false`) are left to the draft-04
 * `enum` keyword; for extensible ones (`modelAsString: true`) the transform removed `enum` and this
 * keyword rejects exactly one thing: a known value spelled in another letter case (`running` for
 * `Running`). Unknown values pass — that is what "extensible" promises a client.
 *
 * Generated inline (a `code` keyword, not a `validate` callback) so the hot path of the body
 * validator stays one property lookup per enum value.
 */
import type { CodeKeywordDefinition, KeywordErrorDefinition } from "ajv";
import { _, str } from "ajv";

interface XMsEnumSchema {
  modelAsString?: boolean;
  values?: { value: unknown }[];
}

const error: KeywordErrorDefinition = {
  message: ({ params }) => str`must be ${params.expected} (known value in another letter case)`,
  params: ({ params }) => _`{expected: ${params.expected}}`,
};

export const xMsEnumKeyword: CodeKeywordDefinition = {
  keyword: "x-ms-enum",
  type: "string",
  schemaType: "object",
  error,
  code(cxt) {
    const schema = cxt.schema as XMsEnumSchema;
    if (schema.modelAsString !== true) return;
    const exact: Record<string, true> = Object.create(null);
    const byLowerCase: Record<string, string> = Object.create(null);
    for (const { value } of schema.values ?? []) {
      if (typeof value !== "string") continue;
      exact[value] = true;
      byLowerCase[value.toLowerCase()] = value;
    }
    const { gen, data } = cxt;
    const exactRef = gen.scopeValue("keyword", { ref: exact });
    const lowerRef = gen.scopeValue("keyword", { ref: byLowerCase });
    const expected = gen.let("expected");
    gen.if(_`${exactRef}[${data}] !== true`, () => {
      gen.assign(expected, _`${lowerRef}[${data}.toLowerCase()]`);
      cxt.setParams({ expected });
      cxt.fail(_`${expected} !== undefined`);
    });
  },
};
