/**
 * A reference `date-time` check for the property tests, written independently of the one under
 * test: field by field with `charCodeAt`, and the calendar asked of `Date` (proleptic Gregorian,
 * as RFC 3339 is). The validator's own is built for speed; this one for being plainly right.
 */

/** The `count` digits at `from` as a number, or -1 if any of them is not an ASCII digit. */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

function dateExists(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function referenceIsDateTime(s: string): boolean {
  if (s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":" || s[16] !== ":") {
    return false;
  }
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  if (Math.min(year, month, day, hour, minute, second) < 0) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  let i = 19;
  if (s[i] === ".") {
    const start = ++i;
    while (digitsAt(s, i, 1) >= 0) i++;
    if (i === start) return false;
  }
  let offsetMinutes: number;
  if (s[i] === "Z" && i + 1 === s.length) {
    offsetMinutes = 0;
  } else if ((s[i] === "+" || s[i] === "-") && i + 6 === s.length && s[i + 3] === ":") {
    const offsetHour = digitsAt(s, i + 1, 2);
    const offsetMinute = digitsAt(s, i + 4, 2);
    if (offsetHour < 0 || offsetMinute < 0 || offsetHour > 23 || offsetMinute > 59) return false;
    offsetMinutes = (s[i] === "+" ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return false;
  }
  if (!dateExists(year, month, day)) return false;
  if (second !== 60) return true;
  // A leap second: 23:59:60 UTC only.
  const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}
