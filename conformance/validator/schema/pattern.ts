/**
 * The regular expression engine of `pattern`. A spec's pattern meets text a hostile server
 * chooses, and a pattern with nested quantifiers (`^([a-z0-9]+)*$`) backtracks exponentially in
 * V8: 40 characters hold the event loop for minutes. Such a pattern (`safe-regex2`'s star height
 * above 1) runs on re2js, a linear-time engine, where RE2 can read it; every other pattern, and
 * one RE2 cannot read (lookaround, backreferences), runs on V8's own.
 */
import { RE2JS } from "re2js";
import isSafe from "safe-regex2";

export interface PatternMatcher {
  test(text: string): boolean;
}

/** ajv's `code.regExp`: `(pattern, flags) → { test }`. Throws as `new RegExp` does. */
export function patternEngine(pattern: string, flags: string): PatternMatcher {
  const native = new RegExp(pattern, flags);
  if (isSafe(native)) return native;
  let linear: RE2JS;
  try {
    linear = RE2JS.compile(pattern);
  } catch {
    return native;
  }
  return { test: (text) => linear.matcher(text).find() };
}
