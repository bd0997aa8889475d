/**
 * `runConformance`: the contract check, runnable from an install. It loads the specs, checks
 * their samples, self-tests the validator, validates live answers of the target (a local
 * emulator, the real service or an endpoint), plays the emulator's timelines and faults where a
 * server can be scripted, and checks recordings. Writes junit.xml and report.json into the report
 * directory and resolves with the report; never throws for a finding.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { WELL_KNOWN_CREDENTIALS } from "maps-operations-emulator";
import { createCheckContext, type CheckContext } from "./checks/context.js";
import { faultsGroup } from "./checks/faults.js";
import { liveGroup } from "./checks/live.js";
import { recordingsGroup } from "./checks/recordings.js";
import { messageOf, runGroups, type CheckGroup, type CheckResult } from "./checks/runner.js";
import { samplesGroup, selfTestGroup } from "./checks/samples.js";
import { timelinesGroup } from "./checks/timelines.js";
import { authSecrets } from "./live/clients.js";
import { redactText } from "./live/redact.js";
import { describeTarget, resolveTarget } from "./live/target.js";
import { normaliseConformanceOptions, type ConformanceOptions } from "./options.js";
import { buildReport } from "./report/build.js";
import { renderJson } from "./report/json.js";
import { renderJUnit } from "./report/junit.js";
import type { ConformanceReport, StageResult } from "./report/types.js";
import { createValidator, type ResponseValidator } from "./validator/index.js";

export async function runConformance(options?: ConformanceOptions): Promise<ConformanceReport> {
  const normalised = normaliseConformanceOptions(options);
  const { reportDir, log } = normalised;
  const env = {
    ...normalised.env,
    ...(normalised.endpoint === undefined ? {} : { CONFORMANCE_ENDPOINT: normalised.endpoint }),
  };
  const target = resolveTarget(env);
  const secrets = authSecrets(target.auth);
  const startedAt = new Date();
  mkdirSync(reportDir, { recursive: true });
  const files = {
    junit: path.join(reportDir, "junit.xml"),
    json: path.join(reportDir, "report.json"),
  };
  for (const file of Object.values(files)) rmSync(file, { force: true });
  log(`conformance: target ${describeTarget(target)}`);

  const stages: StageResult[] = [...normalised.extraStages];
  let validator: ResponseValidator | undefined;
  try {
    validator = createValidator({ specPaths: normalised.specs, nulls: normalised.nulls });
    const operations = validator.operations().length;
    stages.push({
      name: "specs",
      status: operations > 0 ? "passed" : "failed",
      summary: `${normalised.specs.length} spec file(s), ${operations} operation(s)`,
      details: operations > 0 ? [] : ["the specs declare no operation"],
    });
  } catch (error) {
    stages.push({
      name: "specs",
      status: "failed",
      summary: "the specs could not be loaded",
      details: [messageOf(error)],
    });
  }

  let results: CheckResult[] = [];
  let context: CheckContext | undefined;
  if (validator !== undefined && validator.operations().length > 0) {
    context = createCheckContext({
      target,
      validator,
      bundledSpecs: normalised.bundledSpecs,
      log,
    });
    const groups: CheckGroup[] = [
      samplesGroup(context),
      selfTestGroup(context),
      liveGroup(context),
      timelinesGroup(context),
      faultsGroup(context),
      recordingsGroup(context, normalised.recordings, [
        ...secrets,
        ...Object.values(WELL_KNOWN_CREDENTIALS),
      ]),
    ];
    try {
      results = await runGroups(groups, log, normalised.signal);
    } finally {
      await context.close();
    }
    stages.push(...groups.map((group) => stageOf(group, results)));
  }
  if (normalised.signal?.aborted) {
    // Skipped checks are no failures, but a stopped run has not shown that anything conforms.
    stages.push({
      name: "interrupted",
      status: "failed",
      summary: "the run was stopped before every check ran",
      details: [],
    });
  }

  const finishedAt = new Date();
  const report = buildReport({
    startedAt,
    finishedAt,
    target: describeTarget(target),
    stages,
    results,
    exchanges: context?.exchanges ?? [],
    skipped: context?.skipped ?? [],
    coverage: validator === undefined ? [] : [validator.coverage()],
    files,
  });
  // Last line of defence: no configured secret leaves in a report, whatever a server echoed.
  const clean = JSON.parse(redactText(JSON.stringify(report), secrets)) as ConformanceReport;
  writeFileSync(files.json, redactText(renderJson(clean), secrets));
  writeFileSync(
    files.junit,
    redactText(
      renderJUnit({
        name: "conformance",
        timestamp: startedAt.toISOString(),
        results,
        stages: stages.filter((s) => !results.some((r) => r.group === s.name)),
      }),
      secrets,
    ),
  );
  return clean;
}

/** A group's checks as one line of the stage table. */
function stageOf(group: CheckGroup, results: readonly CheckResult[]): StageResult {
  const mine = results.filter((r) => r.group === group.name);
  const count = (status: CheckResult["status"]) => mine.filter((r) => r.status === status).length;
  const failed = count("failed");
  if (group.skipped !== undefined) {
    return { name: group.name, status: "skipped", summary: group.skipped, details: [] };
  }
  return {
    name: group.name,
    status: failed > 0 ? "failed" : count("passed") === 0 ? "skipped" : "passed",
    summary: `${count("passed")} passed, ${failed} failed, ${count("skipped")} skipped`,
    details: mine
      .filter((r) => r.status === "failed")
      .map((r) => `${r.name}: ${(r.message ?? "").split("\n").find((l) => l.trim() !== "") ?? ""}`),
  };
}
