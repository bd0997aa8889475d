/**
 * The range of an integer header. The parsed number is exact up to 2^53; past that the text is
 * compared instead (`Number("9223372036854775807")` is already 2^63). A header with no format
 * must still be a safe integer, what any client reads exactly; AutoRest itself would read it as
 * 32 bits.
 */
const RANGES: Readonly<Record<string, readonly [bigint, bigint, string]>> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n, "int32"],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, "int64"],
};
const SAFE: readonly [bigint, bigint, string] = [
  -(2n ** 53n - 1n),
  2n ** 53n - 1n,
  "an integer a client reads exactly (a safe integer)",
];
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Why an integer header is out of its format's range, or `undefined`. `value` is the number the
 * header's text (an integer literal, `text`) was read as.
 */
export function integerRangeProblem(
  value: number,
  text: string,
  format: string | undefined,
): string | undefined {
  // The common case, without a big integer: a safe integer is exact, and within int64.
  if (Number.isSafeInteger(value)) {
    if (format !== "int32" || (value >= INT32_MIN && value <= INT32_MAX)) return undefined;
  }
  const [min, max, name] = (format !== undefined && RANGES[format]) || SAFE;
  const n = BigInt(text.trim());
  return n < min || n > max ? `must be ${name}: from ${min} to ${max}` : undefined;
}
