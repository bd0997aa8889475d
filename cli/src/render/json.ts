/** `--json`: one object per line (NDJSON); undefined fields are left out by JSON.stringify. */
export function jsonLine(event: object): string {
  return `${JSON.stringify(event)}\n`;
}
