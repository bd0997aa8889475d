import type { Operation, Progress, TimelineStep } from "./operation.js";

/**
 * The status `operation` shows to a poll at `now`, counting that poll.
 *
 * An `ms` step ends a fixed time after it began, whether or not anyone polled, so time-based
 * timelines do not drift with the polling rate. A `polls` step ends once it has answered that many
 * polls; the next step then begins at the poll that finds it over.
 */
export function observe(operation: Operation, now: number): string {
  const { progress, steps } = operation;
  for (;;) {
    const step = steps[progress.step];
    if (step === undefined || !isOver(step, progress, now)) break;
    progress.stepStartedAt = "ms" in step ? progress.stepStartedAt + step.ms : now;
    progress.step += 1;
    progress.pollsInStep = 0;
  }
  progress.pollsInStep += 1;
  progress.polls += 1;
  return steps[progress.step]?.status ?? operation.outcome.status;
}

/** The status at `now` without counting a poll, for the control API's views. */
export function peek(operation: Operation, now: number): string {
  const copy: Operation = { ...operation, progress: { ...operation.progress } };
  return observe(copy, now);
}

function isOver(step: TimelineStep, progress: Progress, now: number): boolean {
  return "ms" in step
    ? now - progress.stepStartedAt >= step.ms
    : progress.pollsInStep >= step.polls;
}

export function startProgress(now: number): Progress {
  return { step: 0, stepStartedAt: now, pollsInStep: 0, polls: 0 };
}
