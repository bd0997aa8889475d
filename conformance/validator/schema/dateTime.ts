/**
 * `format: date-time`: RFC 3339 §5.6 `date-time`, in the profile every Azure service prints
 * (`2021-04-23T19:14:03.2452596+00:00`, `2021-04-23T19:14:03Z`): upper-case `T` and `Z`, an offset
 * always present, a calendar date that exists. RFC 3339 lets a reader accept a lower-case `t`/`z`
 * and ISO 8601 a space or no offset, and ajv-formats does; a client parsing the value as a UTC
 * instant (`DateTimeOffset`, `OffsetDateTime`) then fails or guesses a zone, so those are rejected.
 *
 * Written as character checks rather than a regular expression: it runs on every polled body of
 * Dataset (`created`), and this keeps the compiled body check above 10M validations/s.
 */

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Two digits at `i` as a number, negative when either is not a digit. */
function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

export function isDateTime(s: string): boolean {
  // YYYY-MM-DDTHH:MM:SS is 19 characters, and an offset at least one more.
  if (s.length < 20 || s.length > 64) return false;
  const century = two(s, 0);
  const yearOfCentury = two(s, 2);
  const year = century * 100 + yearOfCentury;
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (
    century < 0 ||
    yearOfCentury < 0 ||
    s.charCodeAt(4) !== 45 /* - */ ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 /* T */ ||
    s.charCodeAt(13) !== 58 /* : */ ||
    s.charCodeAt(16) !== 58 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  ) {
    return false;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS[month]!)) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    const start = i;
    while (i < s.length && digit(s, i) >= 0) i++;
    if (i === start) return false;
  }
  let offsetMinutes = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 /* Z */) {
    if (i + 1 !== s.length) return false;
  } else if (sign === 43 /* + */ || sign === 45 /* - */) {
    const offsetHour = two(s, i + 1);
    const offsetMinute = two(s, i + 4);
    if (
      i + 6 !== s.length ||
      s.charCodeAt(i + 3) !== 58 ||
      offsetHour < 0 ||
      offsetHour > 23 ||
      offsetMinute < 0 ||
      offsetMinute > 59
    ) {
      return false;
    }
    offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return false;
  }
  if (second === 60) {
    // A leap second is inserted at 23:59:60 UTC only (RFC 3339 §5.7).
    const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
    return utc === 23 * 60 + 59;
  }
  return true;
}
