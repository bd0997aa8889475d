import { isDateTime } from "../../../../conformance/validator/schema/dateTime.js";

describe("isDateTime: RFC 3339 in the profile Azure prints", () => {
  test.each<[string, { given: string; want: boolean }]>([
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
  ])("%s", (_name, { given, want }) => {
    expect(isDateTime(given)).toBe(want);
  });
});
