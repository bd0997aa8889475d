/**
 * The JUnit reporter: one `<testsuite>` per check group (and per stage run by the caller), one
 * `<testcase>` per check. JUnit XML is what CI systems read (Azure Pipelines, GitHub Actions
 * reporters, Jenkins); the runner is not jest, so jest-junit cannot write it.
 */
import type { CheckResult } from "../checks/runner.js";
import type { StageResult } from "./types.js";

export interface JUnitInput {
  readonly name: string;
  readonly timestamp: string;
  readonly results: readonly CheckResult[];
  /** Stages run outside the checks (the repository's spec checks), one test case each. */
  readonly stages?: readonly StageResult[];
}

export function renderJUnit(input: JUnitInput): string {
  const groups = new Map<string, CheckResult[]>();
  for (const stage of input.stages ?? []) {
    groups.set(stage.name, [
      {
        group: stage.name,
        name: stage.name,
        status: stage.status,
        message: [stage.summary, ...stage.details].join("\n"),
        durationMs: 0,
      },
    ]);
  }
  for (const result of input.results) {
    const list = groups.get(result.group) ?? [];
    list.push(result);
    groups.set(result.group, list);
  }
  const all = [...groups.values()].flat();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(input.name)}" ${counts(all)} time="${seconds(all)}">`,
  ];
  for (const [group, results] of groups) {
    lines.push(
      `  <testsuite name="${attr(group)}" ${counts(results)} time="${seconds(results)}" timestamp="${attr(input.timestamp)}">`,
    );
    for (const result of results) {
      const open = `    <testcase classname="${attr(`${input.name}.${group}`)}" name="${attr(result.name)}" time="${(result.durationMs / 1000).toFixed(3)}"`;
      if (result.status === "passed") {
        lines.push(`${open}/>`);
        continue;
      }
      const message = result.message ?? "";
      const firstLine = message.split("\n")[0] ?? "";
      lines.push(`${open}>`);
      lines.push(
        result.status === "failed"
          ? `      <failure message="${attr(firstLine)}" type="AssertionError">${text(message)}</failure>`
          : `      <skipped message="${attr(firstLine)}"/>`,
      );
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}

function counts(results: readonly CheckResult[]): string {
  const failures = results.filter((r) => r.status === "failed").length;
  const skipped = results.filter((r) => r.status === "skipped").length;
  return `tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

function seconds(results: readonly CheckResult[]): string {
  return (results.reduce((sum, r) => sum + r.durationMs, 0) / 1000).toFixed(3);
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab, newline and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD: a message may quote whatever a server sent.
 */
function xmlSafe(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}
