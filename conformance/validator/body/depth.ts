/**
 * Nesting limit of a JSON text, checked without recursion so that the check itself cannot
 * overflow the stack. `JSON.parse` is iterative in V8 and parses any depth; the limit protects
 * what comes after it: ajv's compiled code for a recursive `$ref` (ErrorDetail `details`) recurses
 * once per level on the JS stack.
 */

/**
 * Deeper than `max` levels of `{`/`[`? Stops as soon as it is (so a megabyte of `[` costs `max`
 * steps). Brackets inside strings do not count.
 */
export function textDepthExceeds(text: string, max: number): boolean {
  // Cheap first: fewer than `max + 1` brackets in all cannot nest deeper than `max`. Most bodies
  // stop here after a few native searches, not a walk of every character.
  if (!moreBracketsThan(text, max)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

function moreBracketsThan(text: string, max: number): boolean {
  let count = 0;
  for (const bracket of ["{", "["]) {
    for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1)) {
      if (++count > max) return true;
    }
  }
  return false;
}
