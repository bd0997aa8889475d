/** Median and spread of repeated measurements: the only way figures leave a benchmark. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Number of rounds summarised. */
  n: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError("summarise: values must not be empty");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** Per-round ratios a/b, so that both sides of every ratio come from the same round. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError("ratios: series must have the same length");
  return a.map((x, i) => x / b[i]!);
}

export function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)]!;
}

export const fmtRatio = (s: Summary): string =>
  `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

export const fmtNumber = (s: Summary, digits = 0): string =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
