/**
 * Every section of the benchmark, in report order, with its goals as data beside it. A scenario
 * measures and returns its figures by goal id (`measured`); the runner evaluates the goals. The
 * scenarios load lazily, so that a bad argument or `--only` does not pay for the others' imports.
 */
import type { GoalSpec } from "./goals.js";
import type { BenchConfig, ScenarioResult } from "./section.js";

export interface SectionEntry {
  id: string;
  /** What stderr calls it while it runs. */
  name: string;
  /** `--quick` skips it (unless `--only` names it): it costs most and its numbers mean nothing. */
  skippedWhenQuick: boolean;
  goals: readonly GoalSpec[];
  load: () => Promise<(config: BenchConfig) => Promise<ScenarioResult>>;
}

const ratioGoal = (id: string, what: string, compare: "≤" | "≥", limit: number): GoalSpec => ({
  id,
  what,
  compare,
  limit,
  unit: "x",
});

/** One status GET: time per call over bare core-client's, in the same round (lower is faster). */
const STATUS_GET_GOALS = (["sequential", "32 concurrent"] as const).flatMap((mode) => {
  const id = mode.replace(" ", "-");
  return [
    ratioGoal(
      `status-get/client-${id}`,
      `this package's client / bare core-client, ${mode}`,
      "≤",
      1.1,
    ),
    ratioGoal(
      `status-get/validating-${id}`,
      `this package's client + validating policy / bare core-client, ${mode}`,
      "≤",
      1.25,
    ),
  ];
});

export const SECTIONS = [
  {
    id: "status-get",
    name: "status GET",
    skippedWhenQuick: false,
    goals: STATUS_GET_GOALS,
    load: async () => (await import("./scenarios/statusGet.js")).benchStatusGet,
  },
  {
    id: "validation",
    name: "validation",
    skippedWhenQuick: false,
    // Issue #13's targets. Most are about the Data Registry Running response.
    goals: [
      ratioGoal(
        "validation/whole-over-floor",
        "Data Registry Running: whole response / (JSON.parse + compiled check), time",
        "≤",
        1.5,
      ),
      ratioGoal(
        "validation/oav-over-whole",
        "Data Registry Running: oav validateLiveResponse / whole response, time",
        "≥",
        30,
      ),
      {
        id: "validation/dataset-200-compiled",
        what: "Dataset 200 compiled body check (with date-time)",
        compare: "≥",
        limit: 10,
        unit: "M/s",
      },
      {
        id: "validation/status-compiled",
        what: "Data Registry Running (status body) compiled body check",
        compare: "≥",
        limit: 5,
        unit: "M/s",
      },
    ],
    load: async () => (await import("./scenarios/validation.js")).benchValidation,
  },
  {
    id: "wait",
    name: "waiting",
    skippedWhenQuick: false,
    // Never more polls than the spacing allows (fewer happen when polls land late).
    goals: [
      ratioGoal(
        "wait/data-registry-polls",
        "Data Registry timeline (Retry-After): polls / minimum the spacing allows",
        "≤",
        1,
      ),
      ratioGoal(
        "wait/dataset-polls",
        "Dataset timeline (interval): polls / minimum the spacing allows",
        "≤",
        1,
      ),
    ],
    load: async () => (await import("./scenarios/wait.js")).benchWait,
  },
  {
    id: "generate",
    name: "generate",
    skippedWhenQuick: true,
    goals: [
      ratioGoal(
        "generate/over-floor",
        "npm run generate wall time / floor (AutoRest + modelerfour, one spec)",
        "≤",
        1.3,
      ),
    ],
    load: async () => (await import("./scenarios/generate.js")).benchGenerate,
  },
  {
    id: "emulator-load",
    name: "emulator load",
    skippedWhenQuick: false,
    goals: [
      ratioGoal(
        "emulator-load/over-bare",
        "emulator requests/s / bare node:http requests/s, 64 connections",
        "≥",
        0.8,
      ),
    ],
    load: async () => (await import("./scenarios/emulatorLoad.js")).benchEmulatorLoad,
  },
  {
    id: "cold-start",
    name: "cold start",
    skippedWhenQuick: true,
    // The docs state no goal for cold start.
    goals: [],
    load: async () => (await import("./scenarios/coldStart.js")).benchColdStart,
  },
] as const satisfies readonly SectionEntry[];

export type SectionId = (typeof SECTIONS)[number]["id"];
export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);
export const SKIPPED_WHEN_QUICK: readonly SectionId[] = SECTIONS.filter(
  (s) => s.skippedWhenQuick,
).map((s) => s.id);
export const GOAL_IDS: readonly string[] = SECTIONS.flatMap((s) =>
  s.goals.map((g: GoalSpec) => g.id),
);
