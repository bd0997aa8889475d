/**
 * `x-ms-enum` as emitted for an extensible enum (`modelAsString: true`): the known string values.
 * `emit.ts` drops the closed `enum` of such a schema, and this keyword rejects exactly one thing: a
 * known value spelled in another letter case (`running` for `Running`), which a client comparing
 * with its constant would miss. Unknown values pass: that is what "extensible" promises a client.
 *
 * Generated inline (a `code` keyword, not a `validate` callback) so the hot path of the body
 * validator stays one property lookup per enum value.
 */
import type { CodeKeywordDefinition, KeywordErrorDefinition } from "ajv";
import { _, str } from "ajv";

const error: KeywordErrorDefinition = {
  message: ({ params }) => str`must be ${params.expected} (known value in another letter case)`,
  params: ({ params }) => _`{expected: ${params.expected}}`,
};

export const xMsEnumKeyword: CodeKeywordDefinition = {
  keyword: "x-ms-enum",
  type: "string",
  schemaType: "array",
  error,
  code(cxt) {
    const exact: Record<string, true> = Object.create(null);
    const byLowerCase: Record<string, string> = Object.create(null);
    for (const value of cxt.schema as string[]) {
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
