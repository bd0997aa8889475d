/** A JSDoc block from description lines; empty when there is nothing to say. */
export function docs(...parts: Array<string | undefined>): string {
  const text = parts
    .filter((p): p is string => p !== undefined && p.trim() !== "")
    .join("\n\n")
    // A literal "*/" would end the comment early.
    .replace(/\*\//g, "*\\/");
  if (!text) return "";
  const lines = text.split("\n");
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : " *")).join("\n")}\n */\n`;
}

/** The "Possible values" note @autorest/typescript adds for extensible enums. */
export function possibleValues(values: ReadonlyArray<string | number | boolean>): string {
  return `Possible values: ${values.map((v) => JSON.stringify(v)).join(", ")}`;
}
