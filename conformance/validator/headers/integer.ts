/**
 * The range of an integer header, checked on its text: exact where a parsed number is not (past
 * 2^53, `Number("9223372036854775807")` is already 2^63). A header with no format must still fit
 * in what any client reads exactly, a safe integer; AutoRest itself would read it as 32 bits.
 */
import { INTEGER } from "./coerce.js";

const RANGES: Readonly<Record<string, readonly [bigint, bigint, string]>> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n, "int32"],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, "int64"],
};
const SAFE: readonly [bigint, bigint, string] = [
  -(2n ** 53n - 1n),
  2n ** 53n - 1n,
  "an integer a client reads exactly (a safe integer)",
];

/** Why an integer header's text is out of range, or `undefined` (also when it is no integer). */
export function integerRangeProblem(text: string, format: string | undefined): string | undefined {
  const value = text.trim();
  if (!INTEGER.test(value)) return undefined;
  const [min, max, name] = (format !== undefined && RANGES[format]) || SAFE;
  // Up to 15 digits a double is exact; past that, compare as big integers.
  const n = value.length <= 15 ? BigInt(Number(value)) : BigInt(value);
  return n < min || n > max ? `must be ${name}: from ${min} to ${max}` : undefined;
}
