import { patternEngine } from "../../../../conformance/validator/schema/pattern.js";
import { createValidator } from "../../../../conformance/validator/index.js";
import { specAround, writeSpec } from "../helpers/specs.js";

describe("patternEngine: V8's engine where it is safe, a linear one where it is not", () => {
  test.each<[string, { pattern: string; native: boolean }]>([
    ["a plain pattern runs on V8", { pattern: "^\\d{4}-\\d{2}$", native: true }],
    ["nested quantifiers run in linear time", { pattern: "^([a-zA-Z0-9]+)*$", native: false }],
    ["a lookahead RE2 cannot read stays on V8", { pattern: "^(?=(a+)+)b$", native: true }],
  ])("%s", (_name, { pattern, native }) => {
    expect(patternEngine(pattern, "u") instanceof RegExp).toBe(native);
  });

  test.each<[string, string, boolean]>([
    ["^([a-zA-Z0-9]+)*$", "abc123", true],
    ["^([a-zA-Z0-9]+)*$", "abc-123", false],
    ["^([a-z]+-?)*$", "ab-cd-", true],
    ["([a-z]+)*x", "...aax", true],
    ["^(\\p{L}+ ?)*$", "héllo wörld", true],
  ])("the linear engine matches as V8 does: /%s/ on %j", (pattern, text, want) => {
    expect(patternEngine(pattern, "u").test(text)).toBe(want);
    expect(new RegExp(pattern, "u").test(text)).toBe(want);
  });
});

// Regression: a 40-character value held the event loop for minutes under such a pattern.
describe("a hostile value against a pattern with nested quantifiers", () => {
  const validator = createValidator([
    writeSpec(specAround({ type: "string", pattern: "^([a-zA-Z0-9]+)*$" })),
  ]);
  test("is PATTERN at once", () => {
    const { violations } = validator.validateResponse({
      operationId: "X_Get",
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(`${"a".repeat(10_000)}!`),
    });
    expect(violations).toMatchObject([{ code: "PATTERN", pointer: "" }]);
  });
});
