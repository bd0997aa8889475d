/**
 * Goals: what a measured median must reach. bench/sections.ts declares each section's goals as
 * data; the scenario measures them (by goal id), the runner evaluates them, the report puts them
 * in one table at the top, and `--check` fails the run when any is missed.
 */
import type { Summary } from "./stats.js";

/** `x`: a ratio of two measurements from the same round; `M/s`: millions of calls per second. */
export type GoalUnit = "x" | "M/s";

export interface GoalSpec {
  /** Stable id, `<section id>/<name>`. */
  id: string;
  /** What is measured, e.g. "this package's client / bare core-client, sequential". */
  what: string;
  /** `≤`: the median must be at most `limit`; `≥`: at least. */
  compare: "≤" | "≥";
  limit: number;
  unit: GoalUnit;
}

/** A goal evaluated on one run; `measured` is the median over rounds, `min`/`max` its spread. */
export interface Goal {
  id: string;
  what: string;
  /** The target as the report shows it, e.g. "≤ 1.1x", "≥ 10M/s". */
  target: string;
  measured: number;
  min: number;
  max: number;
  rounds: number;
  unit: GoalUnit;
  met: boolean;
}

/** "≤ 1.1x", "≤ 1.0x", "≥ 30x", "≥ 10M/s": a small whole ratio keeps one decimal. */
export function formatTarget(compare: GoalSpec["compare"], limit: number, unit: GoalUnit): string {
  const shown =
    unit === "x" && Number.isInteger(limit) && limit < 10 ? limit.toFixed(1) : `${limit}`;
  return `${compare} ${shown}${unit}`;
}

const digits = (unit: GoalUnit): number => (unit === "x" ? 2 : 1);

/** "1.23x (1.10–1.50)" or "17.2M/s (14.0–20.8)". */
export function formatMeasured(goal: Goal): string {
  const d = digits(goal.unit);
  return `${goal.measured.toFixed(d)}${goal.unit} (${goal.min.toFixed(d)}–${goal.max.toFixed(d)})`;
}

/**
 * Whether `summary`'s median meets `spec` (or `limit`, when given, in its place). A median that
 * is not a number (nothing measured) misses.
 */
export function evaluateGoal(spec: GoalSpec, summary: Summary, limit = spec.limit): Goal {
  const met =
    spec.compare === "≤"
      ? summary.median <= limit
      : spec.compare === "≥" && summary.median >= limit;
  return {
    id: spec.id,
    what: spec.what,
    target: formatTarget(spec.compare, limit, spec.unit),
    measured: summary.median,
    min: summary.min,
    max: summary.max,
    rounds: summary.n,
    unit: spec.unit,
    met,
  };
}

/**
 * Evaluates every spec on its measurement (by goal id), with `limits` replacing the specs' own.
 * A spec without a measurement, or a measurement without a spec, is a bug of the scenario: it
 * throws rather than drop the goal.
 */
export function evaluateGoals(
  specs: readonly GoalSpec[],
  measured: Readonly<Record<string, Summary>>,
  limits: Readonly<Record<string, number>> = {},
): Goal[] {
  for (const id of Object.keys(measured)) {
    if (!specs.some((spec) => spec.id === id)) throw new Error(`bench: no goal ${id} is declared`);
  }
  return specs.map((spec) => {
    const summary = measured[spec.id];
    if (!summary) throw new Error(`bench: goal ${spec.id} has no measurement`);
    return evaluateGoal(spec, summary, limits[spec.id] ?? spec.limit);
  });
}

/** The goals of `sections` that were missed, with the id of their section. */
export function missedGoals(
  sections: ReadonlyArray<{ id: string; goals: readonly Goal[] }>,
): Array<Goal & { section: string }> {
  return sections.flatMap((s) =>
    s.goals.filter((g) => !g.met).map((g) => ({ ...g, section: s.id })),
  );
}

/** The exit code of a run: 1 with `--check` when a goal was missed, else 0. */
export const exitCode = (check: boolean, missed: number): number => (check && missed > 0 ? 1 : 0);

/** The test-only variable that replaces goals' limits: `{"<goal id>": <number>, ...}`. */
export const GOAL_LIMITS_VARIABLE = "BENCH_TEST_GOAL_LIMITS";

/**
 * Parses the value of `BENCH_TEST_GOAL_LIMITS` (undefined or empty: no replacement). Throws a
 * message naming the variable and the accepted form on anything else, or on an unknown goal id.
 */
export function parseGoalLimits(
  text: string | undefined,
  knownIds: readonly string[],
): Record<string, number> {
  if (text === undefined || text.trim() === "") return {};
  const form = `${GOAL_LIMITS_VARIABLE}='{"<goal id>": <number>, ...}'`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${GOAL_LIMITS_VARIABLE}: not JSON; expected ${form}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${GOAL_LIMITS_VARIABLE}: not an object; expected ${form}`);
  }
  const limits: Record<string, number> = {};
  for (const [id, limit] of Object.entries(parsed)) {
    if (!knownIds.includes(id)) {
      throw new Error(
        `${GOAL_LIMITS_VARIABLE}: unknown goal '${id}'; goal ids: ${knownIds.join(", ")}`,
      );
    }
    if (typeof limit !== "number" || !Number.isFinite(limit)) {
      throw new Error(`${GOAL_LIMITS_VARIABLE}: '${id}' must be a finite number; expected ${form}`);
    }
    limits[id] = limit;
  }
  return limits;
}
