import fc from "fast-check";
import { isDateTime } from "../../../../conformance/validator/schema/dateTime.js";
import { referenceIsDateTime } from "./dateTimeReference.js";

const CASES: [string, { given: string; want: boolean }][] = [
  ["the documents' own shape", { given: "2021-04-23T19:14:03.2452596+00:00", want: true }],
  ["Z offset", { given: "2021-04-23T19:14:03Z", want: true }],
  ["negative offset", { given: "2021-04-23T19:14:03-07:30", want: true }],
  ["milliseconds", { given: "2021-04-23T19:14:03.245Z", want: true }],
  ["29 February of a leap year", { given: "2024-02-29T00:00:00Z", want: true }],
  ["29 February of 2000", { given: "2000-02-29T00:00:00Z", want: true }],
  ["a leap second at 23:59:60 UTC", { given: "2016-12-31T23:59:60Z", want: true }],
  ["a leap second at 23:59:60 UTC, offset", { given: "2016-12-31T15:59:60-08:00", want: true }],
  ["30 February", { given: "2021-02-30T00:00:00Z", want: false }],
  ["29 February of a common year", { given: "2021-02-29T00:00:00Z", want: false }],
  ["29 February of 1900", { given: "1900-02-29T00:00:00Z", want: false }],
  ["31 April", { given: "2021-04-31T00:00:00Z", want: false }],
  ["month 13", { given: "2021-13-01T00:00:00Z", want: false }],
  ["month 0", { given: "2021-00-01T00:00:00Z", want: false }],
  ["day 0", { given: "2021-01-00T00:00:00Z", want: false }],
  ["hour 24", { given: "2021-01-01T24:00:00Z", want: false }],
  ["minute 60", { given: "2021-01-01T00:60:00Z", want: false }],
  ["second 60 at another time", { given: "2021-01-01T12:00:60Z", want: false }],
  ["no offset", { given: "2021-04-23T19:14:03", want: false }],
  ["no offset, fraction", { given: "2021-04-23T19:14:03.2452596", want: false }],
  ["space separator", { given: "2021-04-23 19:14:03Z", want: false }],
  ["lower-case t", { given: "2021-04-23t19:14:03Z", want: false }],
  ["lower-case z", { given: "2021-04-23T19:14:03z", want: false }],
  ["offset without colon", { given: "2021-04-23T19:14:03+0000", want: false }],
  ["offset hour 24", { given: "2021-04-23T19:14:03+24:00", want: false }],
  ["empty fraction", { given: "2021-04-23T19:14:03.Z", want: false }],
  ["trailing text", { given: "2021-04-23T19:14:03Zx", want: false }],
  ["a date only", { given: "2021-04-23", want: false }],
  ["letters for digits", { given: "2O21-04-23T19:14:03Z", want: false }],
  ["a year digit that is no digit", { given: "20a1-04-23T19:14:03Z", want: false }],
  ["the mutation generator's bad value", { given: "2021-04-23 yesterday", want: false }],
];

describe("isDateTime: RFC 3339 in the profile Azure prints", () => {
  test.each(CASES)("%s", (_name, { given, want }) => {
    expect(isDateTime(given)).toBe(want);
  });

  test.each(CASES)("the reference parser too: %s", (_name, { given, want }) => {
    expect(referenceIsDateTime(given)).toBe(want);
  });
});

/** Mostly within `[min, max]`, sometimes one of `outside`. */
function mostly(min: number, max: number, outside: number[]): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 8 },
    { arbitrary: fc.constantFrom(...outside), weight: 1 },
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Date-times built field by field, most of them valid: days 29–31 (the calendar), 23:59 and
 * second 60 (leap seconds, with offsets that do and do not make them 23:59 UTC) come often.
 */
const dateTimes = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2020, 2021)),
    month: mostly(1, 12, [0, 13, 19]),
    day: fc.oneof(mostly(1, 31, [0, 32, 39]), fc.integer({ min: 28, max: 31 })),
    hour: fc.oneof(mostly(0, 23, [24, 29]), fc.constant(23)),
    minute: fc.oneof(mostly(0, 59, [60, 99]), fc.constant(59)),
    second: fc.oneof(mostly(0, 59, [61, 99]), fc.constant(60)),
    fraction: fc.option(fc.stringMatching(/^[0-9]{0,9}$/)),
    offset: fc.oneof(
      fc.constant("Z"),
      fc
        .tuple(fc.constantFrom("+", "-"), mostly(0, 23, [24]), mostly(0, 59, [60]))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:` +
      `${pad(p.minute, 2)}:${pad(p.second, 2)}${p.fraction === null ? "" : `.${p.fraction}`}${p.offset}`,
  );

/** Characters a near miss is made of: separators in the wrong place or case, non-ASCII digits. */
const NEAR = [
  "0",
  "3",
  "9",
  "-",
  ":",
  "T",
  "t",
  " ",
  "Z",
  "z",
  "+",
  ".",
  "x",
  "\n",
  "\u0660",
  "\uff10",
];

/** One edit away from a generated date-time: a character replaced, dropped, added, or cut off. */
const nearMisses = fc
  .tuple(
    dateTimes,
    fc.nat(),
    fc.constantFrom(...NEAR),
    fc.constantFrom("set", "drop", "add", "cut"),
  )
  .map(([s, at, c, edit]) => {
    const i = at % (s.length + 1);
    if (edit === "set") return s.slice(0, i) + c + s.slice(i + 1);
    if (edit === "drop") return s.slice(0, i) + s.slice(i + 1);
    if (edit === "add") return s.slice(0, i) + c + s.slice(i);
    return s.slice(0, i);
  });

describe("isDateTime agrees with a plain reference parser", () => {
  test("the generated values are valid and invalid in good measure (the property is not vacuous)", () => {
    const validOf = (strings: fc.Arbitrary<string>): number =>
      fc.sample(strings, { numRuns: 1000, seed: 7 }).filter(referenceIsDateTime).length;
    const built = validOf(dateTimes);
    expect(built).toBeGreaterThan(200);
    expect(built).toBeLessThan(800);
    // An edit nearly always breaks the value; a digit for a digit sometimes does not.
    const edited = validOf(nearMisses);
    expect(edited).toBeGreaterThan(10);
    expect(edited).toBeLessThan(200);
  });

  test.each([
    ["built field by field", dateTimes],
    ["one edit away", nearMisses],
  ])("on date-times %s", (_name, strings) => {
    fc.assert(
      fc.property(strings, (s) => isDateTime(s) === referenceIsDateTime(s)),
      { numRuns: 20_000, seed: 3339 },
    );
  });
});
