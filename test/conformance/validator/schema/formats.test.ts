import { EXTRA_FORMATS } from "../../../../conformance/validator/schema/formats.js";

/** The format's own check, as ajv calls it. */
function accepts(format: string, value: string): boolean {
  const { validate } = EXTRA_FORMATS[format] as { validate: RegExp | ((v: string) => boolean) };
  return typeof validate === "function" ? validate(value) : validate.test(value);
}

describe("duration", () => {
  test.each([
    ["P1Y2M3DT4H5M6S", "every part"],
    ["PT0.0010000S", "a fraction, as .NET's XmlConvert writes a TimeSpan"],
    ["PT1,5S", "a decimal comma"],
    ["PT1.5H", "a fraction of an hour"],
    ["P0.5D", "a fraction of a day"],
    ["P1W", "weeks"],
    ["-PT1S", "negative, as XML Schema allows"],
  ])("accepts %s: %s", (value) => expect(accepts("duration", value)).toBe(true));

  test.each([
    ["P", "no part"],
    ["PT", "a T with no time part"],
    ["P1DT", "a T with nothing after it"],
    ["PT1D", "days after the T"],
    ["P1S", "seconds before the T"],
    ["P1.S", "a point with no digits after it"],
    ["1D", "no P"],
    ["", "nothing"],
  ])("rejects %s: %s", (value) => expect(accepts("duration", value)).toBe(false));
});
