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

/** The digit at `i`, or a value above 9 for any other character (`>>> 0` folds negatives in). */
function digit(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) >>> 0;
}

export function isDateTime(s: string): boolean {
  const n = s.length;
  // YYYY-MM-DDTHH:MM:SS is 19 characters, and an offset at least one more.
  if (n < 20 || n > 64) return false;
  if (
    s.charCodeAt(4) !== 45 /* - */ ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 /* T */ ||
    s.charCodeAt(13) !== 58 /* : */ ||
    s.charCodeAt(16) !== 58
  ) {
    return false;
  }
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const mo0 = digit(s, 5);
  const mo1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  const h0 = digit(s, 11);
  const h1 = digit(s, 12);
  const mi0 = digit(s, 14);
  const mi1 = digit(s, 15);
  const s0 = digit(s, 17);
  const s1 = digit(s, 18);
  if (
    y0 > 9 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    mo0 > 9 ||
    mo1 > 9 ||
    d0 > 9 ||
    d1 > 9 ||
    h0 > 9 ||
    h1 > 9 ||
    mi0 > 9 ||
    mi1 > 9 ||
    s0 > 9 ||
    s1 > 9
  ) {
    return false;
  }
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  if (day > DAYS[month]!) {
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (month !== 2 || day !== 29 || !leap) return false;
  }
  let i = 19;
  let c = s.charCodeAt(i);
  if (c === 46 /* . */) {
    const start = ++i;
    while (i < n && digit(s, i) <= 9) i++;
    if (i === start) return false;
    c = s.charCodeAt(i);
  }
  let offsetMinutes = 0;
  if (c === 90 /* Z */) {
    if (i + 1 !== n) return false;
  } else if (c === 43 /* + */ || c === 45 /* - */) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
    const oh0 = digit(s, i + 1);
    const oh1 = digit(s, i + 2);
    const om0 = digit(s, i + 4);
    const om1 = digit(s, i + 5);
    if (oh0 > 9 || oh1 > 9 || om0 > 9 || om1 > 9) return false;
    const offsetHour = oh0 * 10 + oh1;
    const offsetMinute = om0 * 10 + om1;
    if (offsetHour > 23 || offsetMinute > 59) return false;
    offsetMinutes = (c === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
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
