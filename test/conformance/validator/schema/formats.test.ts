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

// Regression: only the shape was checked; 99:99:99, 30 Feb and a wrong weekday passed (oav
// rejects at least the times).
describe("date-time-rfc1123", () => {
  test.each([
    ["Sun, 06 Nov 1994 08:49:37 GMT", "RFC 9110's own example"],
    ["Thu, 29 Feb 2024 23:59:59 GMT", "a leap day"],
    ["Sat, 31 Dec 2016 23:59:60 GMT", "a leap second"],
  ])("accepts %s: %s", (value) => expect(accepts("date-time-rfc1123", value)).toBe(true));

  test.each([
    ["Sun, 06 Nov 1994 24:00:00 GMT", "hour 24"],
    ["Sun, 06 Nov 1994 08:60:00 GMT", "minute 60"],
    ["Sun, 06 Nov 1994 99:99:99 GMT", "no time at all"],
    ["Wed, 30 Feb 2022 10:00:00 GMT", "30 February"],
    ["Tue, 00 Nov 1994 08:49:37 GMT", "day 0"],
    ["Thu, 29 Feb 2023 10:00:00 GMT", "29 February of a common year"],
    ["Mon, 06 Nov 1994 08:49:37 GMT", "the wrong weekday"],
    ["Sun, 06 Nov 1994 08:49:37 UTC", "not GMT"],
  ])("rejects %s: %s", (value) => expect(accepts("date-time-rfc1123", value)).toBe(false));
});
