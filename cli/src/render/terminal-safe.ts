/**
 * Server text (a status, an error code or message, a header) made safe to print on a terminal or
 * into a CI log. Raw, it could erase the line and print a forged one (ESC/CSI, CR, C1 `\u009b`),
 * set the window title or a link (OSC), start a line of its own (LF) or reorder what is shown
 * (bidi overrides). Each such character is shown as a visible `\uXXXX` escape instead; other
 * Unicode text (accents, CJK, emoji) stays as it is. `--json` never goes through here.
 *
 * C0 (TAB, LF and CR included), DEL, C1; the Arabic letter mark, LRM/RLM and the line and paragraph
 * separators; the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Azure Pipelines runs a `##vso[…]` logging command found anywhere in a line (and older agents
 * `##[…]`); its `[` is escaped so that the text reads the same and runs nothing.
 */
const PIPELINES_COMMAND = /##(vso)?\[/gi;

/**
 * For text inside one line: the result has no line break, so it never starts a line, and a
 * GitHub Actions command (`::error::…`, recognised only at the start of a line) cannot run as
 * long as every line starts with the CLI's own words.
 */
export function terminalSafe(text: string): string {
  return text
    .replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(PIPELINES_COMMAND, (command) => `${command.slice(0, -1)}\\u005b`);
}

/**
 * For multi-line text made by another package (the contract check's report, `AZURE_LOG_LEVEL`
 * output) where server text may start a line: each line made safe, and a line that GitHub Actions
 * would read as a command (`::` after leading spaces) gets its first `:` escaped.
 */
export function terminalSafeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => terminalSafe(line).replace(/^(\s*):(?=:)/, "$1\\u003a"))
    .join("\n");
}
