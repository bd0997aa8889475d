/**
 * `x-not-in-response`, as emitted where a response must not carry a value (`notInResponse` of
 * the node): `secret` for `x-ms-secret`, `write-only` for an `x-ms-mutability` without `read`. It
 * fails wherever it is reached, which is only where the value is present (a property that is
 * there, an item that exists).
 */
import type { CodeKeywordDefinition, KeywordErrorDefinition } from "ajv";
import { _, str } from "ajv";

const error: KeywordErrorDefinition = {
  message: ({ schema }) =>
    schema === "secret"
      ? str`is a secret (x-ms-secret): a response must not return it`
      : str`is write-only (x-ms-mutability without "read"): a response must not return it`,
  params: ({ schemaCode }) => _`{kind: ${schemaCode}}`,
};

export const notInResponseKeyword: CodeKeywordDefinition = {
  keyword: "x-not-in-response",
  schemaType: "string",
  error,
  code(cxt) {
    cxt.fail();
  },
};
