/**
 * A small check runner: the contract check runs from an install, where no test framework is
 * present. A check is a named function that throws (node:assert) when the contract is broken;
 * results are plain data, reported as JUnit test cases and in the console table.
 */
export interface Check {
  readonly name: string;
  /** Resolves when the check passes; throws (an AssertionError, or any error) when it fails. */
  readonly run: () => void | Promise<void>;
}

export interface CheckGroup {
  /** `samples`, `self-test`, `live`, `timelines`, `faults`, `recordings`. */
  readonly name: string;
  /** Set when the whole group cannot run here, with the reason. */
  readonly skipped?: string;
  readonly checks: readonly Check[];
  /** Runs before the checks (start a server); a throw fails every check of the group. */
  readonly setup?: () => Promise<void>;
  readonly teardown?: () => Promise<void>;
}

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  readonly group: string;
  readonly name: string;
  readonly status: CheckStatus;
  /** Why it failed or was skipped; one or more lines. */
  readonly message?: string;
  readonly durationMs: number;
}

/** A check that is reported as skipped, with the reason, and never run. */
export function skippedCheck(name: string, reason: string): Check & { skipReason: string } {
  return { name, skipReason: reason, run: () => undefined };
}

/** Why the checks after an interruption were not run. */
export const INTERRUPTED = "interrupted (the run was stopped)";

export async function runGroups(
  groups: readonly CheckGroup[],
  log: (line: string) => void = () => undefined,
  signal?: AbortSignal,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const group of groups) {
    if (signal?.aborted) {
      results.push(...group.checks.map((check) => skipped(group.name, check.name, INTERRUPTED)));
      continue;
    }
    if (group.skipped !== undefined) {
      log(`conformance: ${group.name}: skipped (${group.skipped})`);
      results.push({
        group: group.name,
        name: group.name,
        status: "skipped",
        message: group.skipped,
        durationMs: 0,
      });
      continue;
    }
    log(`conformance: ${group.name}...`);
    let setupError: string | undefined;
    try {
      await group.setup?.();
    } catch (error) {
      setupError = `setup failed: ${messageOf(error)}`;
    }
    for (const check of group.checks) {
      if (signal?.aborted) {
        results.push(skipped(group.name, check.name, INTERRUPTED));
        continue;
      }
      const skipReason = (check as { skipReason?: string }).skipReason;
      if (skipReason !== undefined) {
        results.push({
          group: group.name,
          name: check.name,
          status: "skipped",
          message: skipReason,
          durationMs: 0,
        });
        continue;
      }
      if (setupError !== undefined) {
        results.push({
          group: group.name,
          name: check.name,
          status: "failed",
          message: setupError,
          durationMs: 0,
        });
        continue;
      }
      const started = performance.now();
      try {
        await check.run();
        results.push({
          group: group.name,
          name: check.name,
          status: "passed",
          durationMs: performance.now() - started,
        });
      } catch (error) {
        results.push({
          group: group.name,
          name: check.name,
          status: "failed",
          message: messageOf(error),
          durationMs: performance.now() - started,
        });
      }
    }
    try {
      await group.teardown?.();
    } catch (error) {
      log(`conformance: ${group.name}: teardown failed: ${messageOf(error)}`);
    }
    const mine = results.filter((r) => r.group === group.name);
    const failed = mine.filter((r) => r.status === "failed").length;
    log(`conformance: ${group.name}: ${mine.length - failed} of ${mine.length} passed`);
  }
  return results;
}

function skipped(group: string, name: string, message: string): CheckResult {
  return { group, name, status: "skipped", message, durationMs: 0 };
}

/** An error's message; never throws, whatever was thrown. */
export function messageOf(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return "(an error whose message cannot be read)";
  }
}
