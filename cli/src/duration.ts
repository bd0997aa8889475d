import { UsageError } from "./usage-error.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
/** setTimeout's largest delay, which the waiter also enforces. */
export const MAX_DURATION_MS = 2_147_483_647;

export const DURATION_FORM = "a duration such as 500ms, 5s, 10m or 1h";

/** `"10m"` → 600000. A unit is required: a bare `10` could mean seconds or milliseconds. */
export function parseDuration(option: string, text: string, minMs: number): number {
  const match = PATTERN.exec(text.trim());
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]) : NaN;
  if (!Number.isFinite(ms) || ms < minMs || ms > MAX_DURATION_MS) {
    const least = minMs > 0 ? `at least ${formatDuration(minMs)}, ` : "";
    throw new UsageError(
      `${option} must be ${DURATION_FORM} (${least}at most 596h); got "${text}"`,
    );
  }
  return ms;
}

/** For people: `850ms`, `4.2s`, `2m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  const value = Math.max(0, Math.round(ms));
  if (value < 1000) return `${value}ms`;
  if (value < 60_000) return `${(value / 1000).toFixed(1)}s`;
  const seconds = Math.floor(value / 1000);
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
  }
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}m`;
}
