/**
 * No export of the installed library sends a credential anywhere but the Azure Maps hosts or the
 * endpoint it was configured with: scripts/hostile-walk.cjs calls every exported function with
 * hostile endpoints, base URLs, geographies, api-versions, ids, paths and URL-rewriting policies,
 * and records every request leaving the process.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { installedProject } from "../helpers/build.js";

interface WalkSummary {
  controlSeen: boolean;
  exported: string[];
  functions: string[];
  calls: number;
  clientsMade: number;
  requests: number;
  hosts: string[];
  leaks: { host: string; path: string; headers: Record<string, string> }[];
}

let summary: WalkSummary;

beforeAll(async () => {
  const project = await installedProject("library", ["rest"], ["@azure/core-auth"]);
  copyFileSync(join(__dirname, "scripts/hostile-walk.cjs"), join(project, "hostile-walk.cjs"));
  // @azure-rest/core-client is the library's own dependency: the walk's control case uses it bare.
  const out = execFileSync("node", ["hostile-walk.cjs"], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  summary = JSON.parse(out) as WalkSummary;
}, 600_000);

test("the detector sees a credential sent to a hostile host (a bare core-client)", () => {
  expect(summary.controlSeen).toBe(true);
});

test("every exported function was called, and clients were made and used", () => {
  expect(summary.functions).toEqual(
    expect.arrayContaining([
      "createDatasetOperationsClient",
      "createDataRegistryOperationsClient",
      "waitForOperation",
      "getOperationStatus",
      "isUnexpected",
    ]),
  );
  expect(summary.calls).toBeGreaterThan(summary.functions.length * 100);
  expect(summary.clientsMade).toBeGreaterThan(0);
  expect(summary.requests).toBeGreaterThan(0);
});

test("no export exposes a raw generated factory", () => {
  expect(
    summary.exported.filter((name) => /^(Dataset|DataRegistry|createClient|default)$/.test(name)),
  ).toEqual([]);
});

test("no request carrying a credential left for another host", () => {
  expect(summary.leaks).toEqual([]);
});
