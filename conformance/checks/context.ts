/**
 * What the checks share in one run: the target, one validator (its coverage is the report's), the
 * exchanges recorded so far, and servers started on demand (a local emulator) and closed at the end.
 */
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type RunningEmulator,
} from "maps-operations-emulator";
import { authSecrets, createLiveClients, type LiveClients } from "../live/clients.js";
import { controlOver, probeControl, type EmulatorControl } from "../live/control.js";
import { createMemorySink, createValidationPolicy, type LiveExchange } from "../live/index.js";
import type { LiveAuth, LiveTarget } from "../live/target.js";
import type { SkippedEntry, SuiteExchange } from "../report/types.js";
import type { ResponseValidator } from "../validator/index.js";

/** Fast waits: the emulator answers with Retry-After 0 and the steps count polls. */
export const FAST_WAIT = {
  intervalInMs: 1,
  minIntervalInMs: 1,
  retryDelayInMs: 1,
  maxRetries: 3,
  requestTimeoutInMs: 2000,
};

/** A server that speaks the emulator control API, and the credential it accepts. */
export interface ControlTarget {
  readonly control: EmulatorControl;
  /** Said in the report: which server the timelines and faults ran on. */
  readonly where: string;
  readonly auth: LiveAuth;
}

export interface CheckContext {
  readonly target: LiveTarget;
  /** Counts coverage: only samples and real exchanges go through it, never mutations. */
  readonly validator: ResponseValidator;
  /** True when the specs are the bundled Maps specs (the emulator speaks them). */
  readonly bundledSpecs: boolean;
  readonly exchanges: SuiteExchange[];
  readonly skipped: SkippedEntry[];
  /** Clients whose every response is validated into a fresh sink; `exchanges()` reads it. */
  clients(
    endpoint: string | undefined,
    auth?: LiveAuth,
  ): Promise<LiveClients & { exchanges: () => LiveExchange[] }>;
  /** Keeps exchanges for the report; `expected` marks self-tests whose violations are asserted. */
  record(test: string, exchanges: readonly LiveExchange[], expected: boolean): void;
  skip(name: string, reason: string): void;
  /** The local emulator of this run, started on first use. */
  localEmulator(): Promise<RunningEmulator>;
  /** The target when it speaks the control API, else the local emulator. */
  controlTarget(): Promise<ControlTarget>;
  close(): Promise<void>;
}

export function createCheckContext(init: {
  target: LiveTarget;
  validator: ResponseValidator;
  bundledSpecs: boolean;
  log: (line: string) => void;
}): CheckContext {
  const { target, validator } = init;
  const exchanges: SuiteExchange[] = [];
  const skipped: SkippedEntry[] = [];
  let emulator: Promise<RunningEmulator> | undefined;
  let control: Promise<ControlTarget> | undefined;

  const localEmulator = (): Promise<RunningEmulator> => (emulator ??= startEmulator({ port: 0 }));

  const findControl = async (): Promise<ControlTarget> => {
    if (target.kind === "endpoint" && target.endpoint !== undefined) {
      const found = await probeControl(target.endpoint);
      if (found) {
        return {
          control: found,
          where: "the endpoint (it speaks the emulator control API)",
          auth: target.auth,
        };
      }
    }
    const local = await localEmulator();
    return {
      control: controlOver(local.url),
      where:
        target.kind === "emulator"
          ? "a local emulator"
          : "a local emulator (the target cannot be scripted)",
      auth: { scheme: "subscriptionKey", key: WELL_KNOWN_CREDENTIALS.subscriptionKey },
    };
  };

  return {
    target,
    validator,
    bundledSpecs: init.bundledSpecs,
    exchanges,
    skipped,
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
    record(test, list, expected) {
      exchanges.push(...list.map((e) => ({ ...e, test, expected })));
    },
    skip(name, reason) {
      skipped.push({ name, reason });
      init.log(`conformance: skipped ${name}: ${reason}`);
    },
    localEmulator,
    controlTarget: () => (control ??= findControl()),
    async close() {
      if (emulator !== undefined) await (await emulator).close();
    },
  };
}
