import {
  evaluateGoal,
  evaluateGoals,
  exitCode,
  formatMeasured,
  formatTarget,
  missedGoals,
  parseGoalLimits,
  type GoalSpec,
} from "../../bench/goals.js";
import { GOAL_COLUMNS, renderMarkdown, reportJson, type MachineInfo } from "../../bench/report.js";
import type { BenchSection } from "../../bench/section.js";
import { GOAL_IDS, SECTIONS } from "../../bench/sections.js";
import type { Summary } from "../../bench/stats.js";

const atMost: GoalSpec = { id: "s/le", what: "ratio", compare: "≤", limit: 1.1, unit: "x" };
const atLeast: GoalSpec = { id: "s/ge", what: "rate", compare: "≥", limit: 10, unit: "M/s" };
const summary = (median: number, min = median, max = median): Summary => ({
  median,
  min,
  max,
  n: 3,
});

describe("evaluateGoal", () => {
  it.each<[GoalSpec, number, boolean]>([
    [atMost, 1.0, true],
    [atMost, 1.1, true],
    [atMost, 1.11, false],
    [atLeast, 10, true],
    [atLeast, 9.99, false],
    [atMost, Number.NaN, false],
    [atLeast, Number.NaN, false],
  ])("%o with median %d: met %s", (spec, median, met) => {
    expect(evaluateGoal(spec, summary(median)).met).toBe(met);
  });

  it("is judged on the median, not the spread", () => {
    expect(evaluateGoal(atMost, summary(1.0, 0.5, 3)).met).toBe(true);
  });

  it("keeps the figures and the target as shown", () => {
    expect(evaluateGoal(atMost, summary(1.2, 1.1, 1.5))).toEqual({
      id: "s/le",
      what: "ratio",
      target: "≤ 1.1x",
      measured: 1.2,
      min: 1.1,
      max: 1.5,
      rounds: 3,
      unit: "x",
      met: false,
    });
  });

  it("takes a replacing limit", () => {
    const goal = evaluateGoal(atMost, summary(1.0), 0.5);
    expect(goal).toMatchObject({ met: false, target: "≤ 0.5x" });
  });
});

describe("formatting", () => {
  it.each<[GoalSpec["compare"], number, "x" | "M/s", string]>([
    ["≤", 1.1, "x", "≤ 1.1x"],
    ["≤", 1, "x", "≤ 1.0x"],
    ["≥", 30, "x", "≥ 30x"],
    ["≥", 10, "M/s", "≥ 10M/s"],
  ])("target %s %d%s", (compare, limit, unit, want) =>
    expect(formatTarget(compare, limit, unit)).toBe(want),
  );

  it("shows ratios with two decimals and rates with one", () => {
    expect(formatMeasured(evaluateGoal(atMost, summary(1.234, 1.1, 1.5)))).toBe(
      "1.23x (1.10–1.50)",
    );
    expect(formatMeasured(evaluateGoal(atLeast, summary(17.23, 14, 20.81)))).toBe(
      "17.2M/s (14.0–20.8)",
    );
  });
});

describe("evaluateGoals", () => {
  it("evaluates each declared goal on its measurement, with replaced limits", () => {
    const goals = evaluateGoals(
      [atMost, atLeast],
      { "s/le": summary(1), "s/ge": summary(12) },
      { "s/ge": 100 },
    );
    expect(goals.map((g) => [g.id, g.met])).toEqual([
      ["s/le", true],
      ["s/ge", false],
    ]);
  });

  it("refuses a goal without a measurement, and a measurement without a goal", () => {
    expect(() => evaluateGoals([atMost], {})).toThrow("bench: goal s/le has no measurement");
    expect(() => evaluateGoals([atMost], { "s/le": summary(1), "s/x": summary(1) })).toThrow(
      "bench: no goal s/x is declared",
    );
  });
});

describe("missedGoals and exitCode", () => {
  const sections = [
    { id: "a", goals: [evaluateGoal(atMost, summary(1))] },
    { id: "b", goals: [evaluateGoal(atMost, summary(2)), evaluateGoal(atLeast, summary(1))] },
  ];

  it("lists the missed goals with their section", () => {
    expect(missedGoals(sections).map((g) => `${g.section} ${g.id}`)).toEqual(["b s/le", "b s/ge"]);
  });

  it("fails only with --check and a missed goal", () => {
    expect(exitCode(true, 2)).toBe(1);
    expect(exitCode(true, 0)).toBe(0);
    expect(exitCode(false, 2)).toBe(0);
  });
});

describe("parseGoalLimits (BENCH_TEST_GOAL_LIMITS)", () => {
  it("is empty when unset", () => {
    expect(parseGoalLimits(undefined, ["a"])).toEqual({});
    expect(parseGoalLimits(" ", ["a"])).toEqual({});
  });

  it("reads limits by goal id", () => {
    expect(parseGoalLimits('{"a": 0.5}', ["a", "b"])).toEqual({ a: 0.5 });
  });

  it.each<[string, RegExp]>([
    ["{", /^BENCH_TEST_GOAL_LIMITS: not JSON; expected BENCH_TEST_GOAL_LIMITS='\{"<goal id>"/],
    ["[1]", /^BENCH_TEST_GOAL_LIMITS: not an object/],
    ['{"c": 1}', /^BENCH_TEST_GOAL_LIMITS: unknown goal 'c'; goal ids: a, b$/],
    ['{"a": "1"}', /^BENCH_TEST_GOAL_LIMITS: 'a' must be a finite number/],
  ])("refuses %s", (text, message) =>
    expect(() => parseGoalLimits(text, ["a", "b"])).toThrow(message),
  );
});

describe("the goals declared beside each section", () => {
  it("have unique ids, each prefixed by its section's id", () => {
    expect(new Set(GOAL_IDS).size).toBe(GOAL_IDS.length);
    for (const s of SECTIONS) for (const g of s.goals) expect(g.id).toMatch(`${s.id}/`);
  });

  it.each([
    ["status-get/client-sequential", "≤ 1.1x"],
    ["status-get/client-32-concurrent", "≤ 1.1x"],
    ["status-get/validating-sequential", "≤ 1.25x"],
    ["status-get/validating-32-concurrent", "≤ 1.25x"],
    ["validation/whole-over-floor", "≤ 1.5x"],
    ["validation/oav-over-whole", "≥ 30x"],
    ["validation/dataset-200-compiled", "≥ 10M/s"],
    ["validation/status-compiled", "≥ 5M/s"],
    ["wait/data-registry-polls", "≤ 1.0x"],
    ["wait/dataset-polls", "≤ 1.0x"],
    ["generate/over-floor", "≤ 1.3x"],
    ["emulator-load/over-bare", "≥ 0.8x"],
  ])("%s: %s", (id, target) => {
    const spec = SECTIONS.flatMap((s) => s.goals as readonly GoalSpec[]).find((g) => g.id === id);
    expect(spec && formatTarget(spec.compare, spec.limit, spec.unit)).toBe(target);
  });

  it("are all listed above (a new goal gets a line here)", () => expect(GOAL_IDS).toHaveLength(12));
});

describe("the report", () => {
  const machine: MachineInfo = {
    node: "v20.0.0",
    cpus: 2,
    cpuModel: "cpu",
    loadAverage: [1, 2, 3],
    date: "2026-01-01T00:00:00.000Z",
    quick: false,
    rounds: 5,
    sections: ["a", "b"],
  };
  const sections: BenchSection[] = [
    {
      id: "a",
      title: "Section A",
      columns: ["x", "y"],
      rows: [["1", "2"]],
      goals: [evaluateGoal(atMost, summary(1.2, 1.1, 1.3))],
      data: {},
    },
    { id: "b", title: "Section B", columns: ["z"], rows: [["3"]], goals: [], data: {} },
  ];

  it("puts the Goals table first: goal, target, measured median (min–max), met or missed", () => {
    const md = renderMarkdown(machine, sections);
    expect(md.indexOf("## Goals")).toBeLessThan(md.indexOf("## Section A"));
    expect(md).toContain(`| ${GOAL_COLUMNS.join(" | ")} |`);
    expect(md).toContain("| a | ratio | ≤ 1.1x | 1.20x (1.10–1.30) | **missed** |");
    expect(md).toContain("0 of 1 met.");
    expect(md).toContain("load average 1.0, 2.0, 3.0");
  });

  it("says so when no section has a goal", () => {
    expect(renderMarkdown(machine, [sections[1]!])).toContain("No section of this run has a goal.");
  });

  it("puts the goals in the JSON, per section and in a summary", () => {
    expect(reportJson(machine, sections)).toMatchObject({
      machine,
      goals: { total: 1, met: 0, missed: ["s/le"] },
      sections: [
        { id: "a", goals: [{ id: "s/le", met: false }] },
        { id: "b", goals: [] },
      ],
    });
  });
});
