/**
 * Shared by the suite files: the report directory (set by the conformance CLI), the live target,
 * and a recorder that writes this file's exchanges, skips and coverage for the orchestrator.
 */
import path from "node:path";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type RunningEmulator,
} from "../../../emulator/index.js";
import { authSecrets, createLiveClients, type LiveClients } from "../../live/clients.js";
import { controlOver, probeControl, type EmulatorControl } from "../../live/control.js";
import { createMemorySink, createValidationPolicy, type LiveExchange } from "../../live/index.js";
import { resolveTarget, type LiveTarget } from "../../live/target.js";
import { writeSuiteRecords } from "../../report/records.js";
import type { SkippedEntry, SuiteExchange } from "../../report/types.js";
import {
  createValidator,
  type CoverageReport,
  type ResponseValidator,
} from "../../validator/index.js";

export const REPORT_DIR = path.resolve(
  process.env.CONFORMANCE_REPORT_DIR ?? path.join(__dirname, "../../../reports/conformance"),
);

export const target: LiveTarget = resolveTarget();

/** Fast waits: the emulator answers with Retry-After 0 and the steps count polls. */
export const FAST_WAIT = {
  intervalMs: 1,
  minIntervalMs: 1,
  retryDelayMs: 1,
  maxRetries: 3,
  requestTimeoutMs: 2000,
};

export interface SuiteRecorder {
  readonly validator: ResponseValidator;
  /** Clients whose every response is validated into a fresh sink; `exchanges()` reads it. */
  clients(
    endpoint: string | undefined,
    auth?: LiveTarget["auth"],
  ): Promise<LiveClients & { exchanges: () => LiveExchange[] }>;
  add(test: string, exchanges: readonly LiveExchange[], expected: boolean): void;
  skip(name: string, reason: string): void;
  addCoverage(coverage: CoverageReport): void;
}

/** One validator per file; its coverage is written with the records after all tests. */
export function useRecorder(file: string, options: { coverage?: boolean } = {}): SuiteRecorder {
  const validator = createValidator();
  const exchanges: SuiteExchange[] = [];
  const skipped: SkippedEntry[] = [];
  const coverage: CoverageReport[] = [];
  afterAll(() => {
    if (options.coverage !== false) coverage.push(validator.coverage());
    writeSuiteRecords(REPORT_DIR, { file, exchanges, skipped, coverage });
  });
  return {
    validator,
    async clients(endpoint, auth = target.auth) {
      const sink = createMemorySink();
      const policy: PipelinePolicy = createValidationPolicy(validator, {
        sink,
        secrets: authSecrets(auth),
      });
      const clients = await createLiveClients(
        { auth, geography: target.geography },
        endpoint,
        policy,
      );
      return { ...clients, exchanges: () => [...sink.exchanges] };
    },
    add(test, list, expected) {
      exchanges.push(...list.map((e) => ({ ...e, test, expected })));
    },
    skip(name, reason) {
      skipped.push({ name, reason });
      console.log(`conformance: skipped ${name}: ${reason}`);
    },
    addCoverage: (report) => void coverage.push(report),
  };
}

/**
 * A server that speaks the emulator control API: the target's when it does (the suite's own
 * emulator, or an `--endpoint` that is one), else a local emulator started for this file.
 */
export interface ControlTarget {
  readonly control: EmulatorControl;
  readonly where: string;
  /** The credential it accepts: the target's, or the emulator's well-known key. */
  readonly auth: LiveTarget["auth"];
}

export function useControl(): () => ControlTarget {
  let emulator: RunningEmulator | undefined;
  let found: ControlTarget | undefined;
  beforeAll(async () => {
    if (target.kind === "endpoint" && target.endpoint !== undefined) {
      const control = await probeControl(target.endpoint);
      const where = "the --endpoint (it speaks the emulator control API)";
      if (control) found = { control, where, auth: target.auth };
    }
    if (found === undefined) {
      emulator = await startEmulator({ port: 0 });
      found = {
        control: controlOver(emulator.url),
        where:
          target.kind === "emulator"
            ? "a local emulator"
            : "a local emulator (the target cannot be scripted)",
        auth: { scheme: "subscriptionKey", key: WELL_KNOWN_CREDENTIALS.subscriptionKey },
      };
    }
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (found === undefined) throw new Error("the control target has not started");
    return found;
  };
}
