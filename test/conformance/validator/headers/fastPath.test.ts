/**
 * The per-response shortcuts decide as the full path does: a plain integer header (Retry-After,
 * int32) is read without coercion or ajv, and the header buffer is reused between responses.
 */
import fc from "fast-check";
import { coerceHeader } from "../../../../conformance/validator/headers/coerce.js";
import { integerRangeProblem } from "../../../../conformance/validator/headers/integer.js";
import { createValidator } from "../../../../conformance/validator/index.js";

const validator = createValidator();
const DR = "DataRegistry_GetOperation";
const running = '{"id":"x","status":"Running"}';
const retryAfter = validator.model.operations.get(DR)!.responses.get("200")!.headers[0]!;

/** The Retry-After violations of a Running response carrying `text`. */
function retryAfterCodes(text: string): string[] {
  const headers = { "content-type": "application/json", "retry-after": text };
  return validator
    .validateResponse({ operationId: DR, status: 200, headers, body: running })
    .violations.filter((v) => v.pointer === "/Retry-After")
    .map((v) => v.code);
}

/** What the full path decides: coerced to a number, within int32. */
function validByFullPath(text: string): boolean {
  const value = coerceHeader(text, retryAfter.schema);
  return typeof value === "number" && integerRangeProblem(value, text, "int32") === undefined;
}

describe("Retry-After (int32) read without ajv", () => {
  test.each<[string, string[]]>([
    ["10", []],
    ["+10", []],
    ["-0", []],
    ["007", []],
    [" 10 ", []],
    ["2147483647", []],
    ["-2147483648", []],
    ["2147483648", ["INVALID_FORMAT"]],
    ["-2147483649", ["INVALID_FORMAT"]],
    ["999999999999999", ["INVALID_FORMAT"]],
    ["", ["INVALID_TYPE"]],
    ["+", ["INVALID_TYPE"]],
    ["1e3", ["INVALID_TYPE"]],
    ["10.0", ["INVALID_TYPE"]],
    ["0x10", ["INVALID_TYPE"]],
  ])("%j gives %j", (text, want) => {
    expect(retryAfterCodes(text)).toEqual(want);
  });

  test("agrees with the full path on generated integer-like text", () => {
    const text = fc.oneof(
      fc.stringMatching(/^[ +-]?[0-9]{0,18}[ .e]?[0-9]?$/),
      fc.integer({ min: -(2 ** 32), max: 2 ** 32 }).map(String),
      fc.constantFrom("2147483647", "2147483648", "-2147483648", "-2147483649"),
    );
    fc.assert(
      fc.property(text, (t) => (retryAfterCodes(t).length === 0) === validByFullPath(t)),
      { numRuns: 3000, seed: 31 },
    );
  });
});

describe("the header buffer kept between responses", () => {
  test("a header getter that validates another response meanwhile changes neither result", () => {
    let inner: readonly { code: string }[] = [];
    const headers = {
      "content-type": "application/json",
      get "retry-after"(): string {
        // Reentrant: the same declared response, read while the outer one is being read.
        inner = validator.validateResponse({
          operationId: DR,
          status: 200,
          headers: { "content-type": "text/html" },
          body: running,
        }).violations;
        return "10";
      },
    };
    const outer = validator.validateResponse({
      operationId: DR,
      status: 200,
      headers,
      body: running,
    });
    expect(outer.violations).toEqual([]);
    expect(inner.map((v) => v.code)).toEqual(["INVALID_CONTENT_TYPE", "INVALID_RESPONSE_HEADER"]);
  });

  test("a response after one that threw in a getter is read afresh", () => {
    const throwing = {
      get "content-type"(): string {
        throw new Error("boom");
      },
    };
    const failed = validator.validateResponse({
      operationId: DR,
      status: 200,
      headers: throwing,
      body: running,
    });
    expect(failed.violations.map((v) => v.code)).toEqual(["INTERNAL_ERROR"]);
    const next = validator.validateResponse({
      operationId: DR,
      status: 200,
      headers: { "content-type": "application/json", "retry-after": "1" },
      body: running,
    });
    expect(next.ok).toBe(true);
  });
});
