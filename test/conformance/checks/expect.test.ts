import { expectViolations } from "../../../conformance/checks/expect.js";

const v = (code: string, pointer = "") => ({ code, location: "body", pointer });

describe("expectViolations: exactly the expected ones, as many times as expected", () => {
  test("the same ones in another order pass", () => {
    expect(() => expectViolations([v("B"), v("A")], [v("A"), v("B")])).not.toThrow();
  });

  // Regression: compared as sets with a length check, [A, B, B] passed for [A, A, B].
  test("the same kinds in other counts fail, naming what is missing and what is extra", () => {
    expect(() => expectViolations([v("A"), v("B"), v("B")], [v("A"), v("A"), v("B")])).toThrow(
      /expected, not found: A body \/[\s\S]*found, not expected: B body \//,
    );
  });

  test("nothing expected, something found", () => {
    expect(() => expectViolations([v("A", "/x")], [])).toThrow(/found, not expected: A body \/x/);
  });
});
