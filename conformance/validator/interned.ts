/**
 * The interned copy of a text: V8 keeps one copy of each interned string, so `===` between two
 * of them compares pointers (and two different ones are known unequal without reading them).
 * Property keys, and string literals in code, are interned; header names and values of a parsed
 * record are property keys and, often, literals. Spec strings compared on every response are
 * interned once, when the validator is built.
 */
export function interned(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}
