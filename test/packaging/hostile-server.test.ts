/**
 * The waiting issue's done-when, on the installed library tarball (not the checkout): a server
 * that always answers `Retry-After: 1000000000` gets at most 2 requests in 3 s with
 * `maxWaitInMs: Infinity`; a server that echoes the key leaves no trace of it in any error form,
 * resume state, log line or progress event; `createOperationPoller` completes Running →
 * Completed with `isDone() === true` and `getOperationState().status === "succeeded"`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { installedProject } from "../helpers/build.js";

let summary: {
  pollStorm: { requests: number; stoppedWith: string };
  echoes: {
    errorName: string;
    errorCode: string;
    timeoutCode: string;
    progressEvents: number;
    logLines: number;
    keyFound: boolean;
  };
  completes: { isDone: boolean; status: string; result: string; polls: number };
};

beforeAll(async () => {
  const project = await installedProject("library", ["rest"], ["@azure/core-auth"]);
  copyFileSync(join(__dirname, "scripts/hostile-server.cjs"), join(project, "hostile-server.cjs"));
  summary = JSON.parse(
    execFileSync("node", ["hostile-server.cjs"], { cwd: project, encoding: "utf8" }),
  ) as typeof summary;
}, 600_000);

test("Retry-After 1000000000 with maxWaitInMs Infinity: at most 2 requests in 3 s", () => {
  expect(summary.pollStorm.requests).toBeGreaterThanOrEqual(1);
  expect(summary.pollStorm.requests).toBeLessThanOrEqual(2);
  expect(summary.pollStorm.stoppedWith).toBe("AbortError");
});

test("a server echoing the key leaves no trace in errors, resume states, logs or progress", () => {
  expect(summary.echoes).toMatchObject({
    errorName: "RestError",
    errorCode: "BadREDACTED",
    timeoutCode: "OperationTimeout",
    keyFound: false,
  });
  expect(summary.echoes.progressEvents).toBeGreaterThan(0);
  expect(summary.echoes.logLines).toBeGreaterThan(0);
});

test("createOperationPoller completes Running → Completed: isDone() and status 'succeeded'", () => {
  expect(summary.completes).toEqual({
    isDone: true,
    status: "succeeded",
    result: "Completed",
    polls: 2,
  });
});
