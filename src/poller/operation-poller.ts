import type { CancelOnProgress, SimplePollerLike } from "@azure/core-lro";
import { createClientLogger } from "@azure/logger";
import type { ApiDescriptor } from "../apis.js";
import type { ClientInfo } from "../client/client-info.js";
import type { DataRegistryOperationsClient } from "../client/data-registry-client.js";
import type { DatasetOperationsClient } from "../client/dataset-client.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { OperationFailedError } from "../errors/operation-failed-error.js";
import { OperationTimeoutError } from "../errors/operation-timeout-error.js";
import { redactUrl } from "../errors/redact.js";
import { serviceErrorOf } from "../errors/service-error.js";
import { checkOperationId } from "../safety/operation-id.js";
import { abortError, childController, sleep, type AbortSignalLike } from "./abort.js";
import { checkClient } from "./check-client.js";
import {
  MAX_TIMER_MS,
  normalisePollerOptions,
  type NormalisedPollerOptions,
  type OperationPollerOptions,
} from "./options.js";
import { pollOnce, type PollOutcome } from "./poll-once.js";
import type {
  DataRegistryOperationResult,
  DataRegistryStatusBody,
  DatasetOperationResult,
  DatasetStatusBody,
} from "./results.js";
import { parseState, serialiseState, type OperationPollerState } from "./state.js";
import { isTerminal, operationStatusOf } from "./status.js";

const logger = createClientLogger("maps-operations");

/**
 * A poller for one Get Operation, with @azure/core-lro's `SimplePollerLike` shape: `poll()`,
 * `pollUntilDone()`, `onProgress()`, `isDone()`, `getOperationState()` (core-lro's status
 * vocabulary), `getResult()`, `stopPolling()`, `toString()`, plus core-lro 3's `serialize()` and
 * `submitted()`.
 */
export interface OperationPoller<TResult> extends SimplePollerLike<
  OperationPollerState<TResult>,
  TResult
> {
  /** The state to resume from, as `toString()` gives it: pass it as `restoreFrom`. */
  serialize(): Promise<string>;
  /** Resolves at once: the operation was started by the call that gave its id. */
  submitted(): Promise<void>;
}

/**
 * A poller for a Dataset or Data Registry operation. Checks its arguments at once (throws
 * `InvalidArgumentError`); sends nothing until `poll()` or `pollUntilDone()`.
 *
 * `pollUntilDone()` honours `Retry-After` (never below `minIntervalInMs`), retries failed polls
 * with backoff (`maxRetries` in a row), and resolves with the result, or rejects with
 * `OperationFailedError` (the service said `Failed`), `OperationTimeoutError` (past
 * `maxWaitInMs`, with the resume state), `AbortError`, or the last failed poll's `RestError`.
 */
export function createOperationPoller(
  client: DatasetOperationsClient,
  operationId: string,
  options?: OperationPollerOptions,
): OperationPoller<DatasetOperationResult>;
/** A poller for a Data Registry operation; its result is a `DataRegistryOperationResult`. */
export function createOperationPoller(
  client: DataRegistryOperationsClient,
  operationId: string,
  options?: OperationPollerOptions,
): OperationPoller<DataRegistryOperationResult>;
export function createOperationPoller(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: string,
  options?: OperationPollerOptions,
): OperationPoller<DatasetOperationResult | DataRegistryOperationResult> {
  return createPoller(client, operationId, normalisePollerOptions(options));
}

/** For the one-call forms, which check their own extra options first. */
export function createPoller(
  client: DatasetOperationsClient | DataRegistryOperationsClient,
  operationId: unknown,
  options: NormalisedPollerOptions,
): OperationPoller<DatasetOperationResult | DataRegistryOperationResult> {
  const { info, api } = checkClient(client);
  const id = checkOperationId(operationId, api.operationIdRule);
  const saved =
    options.restoreFrom === undefined
      ? undefined
      : parseState(options.restoreFrom, api.name, api.operationIdRule);
  if (saved !== undefined && saved.operationId !== id) {
    throw new InvalidArgumentError(
      "options.restoreFrom",
      `the state of operation ${JSON.stringify(id)}`,
      "the state of another operation",
    );
  }
  return new Poller(client, info, api, id, options, saved);
}

type Result = DatasetOperationResult | DataRegistryOperationResult;

class Poller implements OperationPoller<Result> {
  private readonly state: OperationPollerState<Result>;
  private notBefore: number;
  /** Whether the planned delay is the server's `Retry-After` (for the timeout's reason). */
  private serverSetDelay = false;
  private readonly handlers = new Map<symbol, (state: OperationPollerState<Result>) => void>();
  private running: Promise<Result> | undefined;
  private readonly stopper = new AbortController();

  constructor(
    private readonly client: DatasetOperationsClient | DataRegistryOperationsClient,
    private readonly info: ClientInfo,
    private readonly api: ApiDescriptor,
    operationId: string,
    private readonly options: NormalisedPollerOptions,
    saved: ReturnType<typeof parseState> | undefined,
  ) {
    this.state = {
      api: api.name,
      operationId,
      status: saved?.status === undefined || isTerminal(saved.status) ? "notStarted" : saved.status,
      ...(saved?.serviceStatus === undefined ? {} : { serviceStatus: saved.serviceStatus }),
      polls: saved?.polls ?? 0,
      failedPolls: 0,
    };
    this.notBefore = saved?.notBefore ?? 0;
    this.serverSetDelay = saved?.serverAsked === true;
  }

  getOperationState(): OperationPollerState<Result> {
    return this.state;
  }

  getResult(): Result | undefined {
    return this.state.result;
  }

  isDone(): boolean {
    return isTerminal(this.state.status);
  }

  isStopped(): boolean {
    return this.running === undefined;
  }

  stopPolling(): void {
    this.stopper.abort();
  }

  toString(): string {
    return serialiseState(this.state, this.notBefore, this.serverSetDelay);
  }

  serialize(): Promise<string> {
    return Promise.resolve(this.toString());
  }

  submitted(): Promise<void> {
    return Promise.resolve();
  }

  onProgress(callback: (state: OperationPollerState<Result>) => void): CancelOnProgress {
    const key = Symbol("onProgress");
    this.handlers.set(key, callback);
    return () => void this.handlers.delete(key);
  }

  /** One request, no retry. Rejects with the failed poll's error, or the operation's failure. */
  async poll(pollOptions?: { abortSignal?: AbortSignalLike }): Promise<void> {
    this.throwIfFinished();
    const outcome = await this.request(pollOptions?.abortSignal);
    if (outcome.kind === "stopped") throw abortError(this.what());
    this.notify();
    if (outcome.kind !== "status") throw outcome.error;
    this.throwIfFinished();
  }

  pollUntilDone(pollOptions?: { abortSignal?: AbortSignalLike }): Promise<Result> {
    this.running ??= this.run(pollOptions?.abortSignal).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private what(): string {
    return `The wait for ${this.api.title} operation ${JSON.stringify(this.state.operationId)}`;
  }

  /** Like core-lro: a finished poller's poll() says how it finished. */
  private throwIfFinished(): void {
    if (this.state.status === "failed" || this.state.status === "canceled") throw this.state.error;
  }

  private async request(signal: AbortSignalLike | undefined): Promise<PollOutcome> {
    const outcome = await pollOnce({
      client: this.client,
      api: this.api,
      info: this.info,
      operationId: this.state.operationId,
      abortSignal: signal,
      requestTimeoutInMs: this.options.requestTimeoutInMs,
    });
    if (outcome.kind === "stopped") return outcome;
    this.state.polls += 1;
    if (outcome.kind === "status") this.record(outcome);
    else {
      this.state.failedPolls += 1;
      this.state.lastPollError = outcome.error as Error;
      logger.verbose(
        `${this.api.title} operation poll ${this.state.polls} failed: ${(outcome.error as Error)?.message}`,
      );
    }
    this.planNextPoll(outcome);
    return outcome;
  }

  /**
   * When the next poll may go: `Retry-After` when sent, else the interval (or the backoff after a
   * failed poll), never below `minIntervalInMs`. Kept in the state, so a resumed poller honours
   * it too. A huge `Retry-After` stays a huge delay: `sleep` and the budget deal with it.
   */
  private planNextPoll(outcome: Exclude<PollOutcome, { kind: "stopped" }>): void {
    const options = this.options;
    let delay: number | undefined;
    if (outcome.kind === "transient") {
      const backoff = Math.min(
        options.maxRetryDelayInMs,
        options.retryDelayInMs * 2 ** Math.min(this.state.failedPolls - 1, 30),
      );
      delay = Math.max(options.minIntervalInMs, backoff, outcome.retryAfterMs ?? 0);
    } else if (outcome.kind === "status" && !this.isDone()) {
      delay = Math.max(options.minIntervalInMs, outcome.retryAfterMs ?? options.intervalInMs);
    }
    if (delay === undefined) {
      delete this.state.nextPollInMs;
      return;
    }
    const asked = outcome.kind === "fatal" ? undefined : outcome.retryAfterMs;
    this.serverSetDelay = asked !== undefined && asked >= delay;
    delay = Number.isFinite(delay)
      ? Math.min(delay, Number.MAX_SAFE_INTEGER)
      : Number.MAX_SAFE_INTEGER;
    this.state.nextPollInMs = delay;
    this.notBefore = Date.now() + delay;
  }

  private record(outcome: Extract<PollOutcome, { kind: "status" }>): void {
    const { state, api } = this;
    state.failedPolls = 0;
    delete state.lastPollError;
    state.serviceStatus = outcome.serviceStatus;
    state.status = operationStatusOf(api, outcome.serviceStatus);
    logger.verbose(`${api.title} operation poll ${state.polls}: ${outcome.serviceStatus}`);
    if (state.status === "succeeded") {
      state.result =
        api.name === "dataset"
          ? {
              operationId: state.operationId,
              status: "Succeeded",
              body: outcome.body as unknown as DatasetStatusBody,
              // pollOnce reports a Dataset success only with both (else it is malformed).
              resourceLocation: outcome.resourceLocation as string,
              datasetId: outcome.datasetId as string,
              polls: state.polls,
            }
          : {
              operationId: state.operationId,
              status: "Completed",
              body: outcome.body as unknown as DataRegistryStatusBody,
              polls: state.polls,
            };
    } else if (state.status === "failed" || state.status === "canceled") {
      const error = serviceErrorOf(outcome.body);
      const detail = error
        ? `: ${error.code ?? "(no code)"}: ${error.message ?? "(no message)"}`
        : " (the service gave no error detail)";
      const url = redactUrl(
        `${this.info.endpoint}${api.path.replace("{operationId}", encodeURIComponent(state.operationId))}`,
      );
      state.error = new OperationFailedError(
        this.info.redact(
          `${api.title} operation ${JSON.stringify(state.operationId)} ended ${outcome.serviceStatus}` +
            ` at GET ${url}${detail}`,
        ),
        { operationId: state.operationId, status: outcome.serviceStatus, error },
      );
    }
  }

  /** Like core-lro: a handler that throws ends the poll (and the wait) with its error. */
  private notify(): void {
    for (const handler of this.handlers.values()) handler(this.state);
  }

  private async run(signal: AbortSignalLike | undefined): Promise<Result> {
    const options = this.options;
    const { controller, dispose } = childController(options.abortSignal);
    const stop = () => controller.abort();
    signal?.addEventListener("abort", stop, { once: true });
    if (signal?.aborted) stop();
    this.stopper.signal.addEventListener("abort", stop, { once: true });
    if (this.stopper.signal.aborted) stop();
    const started = Date.now();
    const deadline = started + options.maxWaitInMs;
    // The budget also stops a request in flight; past the timer's limit, the checks between
    // polls and each request's own timeout bound the wait instead.
    let outOfTime = false;
    const budget =
      options.maxWaitInMs <= MAX_TIMER_MS
        ? setTimeout(() => {
            outOfTime = true;
            controller.abort();
          }, options.maxWaitInMs)
        : undefined;
    const stopped = () => (outOfTime ? this.timeout("time ran out") : abortError(this.what()));
    try {
      for (;;) {
        if (this.isDone()) return this.finish();
        const wait = Math.max(0, this.notBefore - Date.now());
        if (controller.signal.aborted) throw stopped();
        if (Date.now() + wait > deadline) {
          const why = this.serverSetDelay
            ? `the server asked to wait ${formatMs(wait)} before the next poll`
            : `the next poll is due in ${formatMs(wait)}`;
          throw this.timeout(`${why}, past maxWaitInMs ${formatMs(options.maxWaitInMs)}`);
        }
        await sleep(wait, controller.signal);
        if (controller.signal.aborted) throw stopped();

        const outcome = await this.request(controller.signal);
        if (outcome.kind === "stopped") throw stopped();
        if (outcome.kind === "fatal") {
          this.notify();
          throw outcome.error;
        }
        if (outcome.kind === "transient" && this.state.failedPolls > options.maxRetries) {
          delete this.state.nextPollInMs;
          this.notify();
          throw outcome.error;
        }
        this.notify();
        if (Date.now() > deadline && !this.isDone()) throw this.timeout("time ran out");
      }
    } finally {
      if (budget !== undefined) clearTimeout(budget);
      signal?.removeEventListener("abort", stop);
      this.stopper.signal.removeEventListener("abort", stop);
      dispose();
    }
  }

  private finish(): Result {
    if (this.state.status === "succeeded") return this.state.result as Result;
    throw this.state.error;
  }

  private timeout(reason: string): OperationTimeoutError {
    const { state } = this;
    return new OperationTimeoutError(
      `${this.api.title} operation ${JSON.stringify(state.operationId)} did not finish within` +
        ` maxWaitInMs ${formatMs(this.options.maxWaitInMs)}: ${reason}` +
        ` (last status ${state.serviceStatus ?? "unknown"}, ${state.polls} poll${state.polls === 1 ? "" : "s"})`,
      {
        operationId: state.operationId,
        lastStatus: state.serviceStatus,
        polls: state.polls,
        reason,
        resumeState: this.toString(),
      },
    );
  }
}

/** `1500` → `1.5s`; `Infinity` → `Infinity`. For messages. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "Infinity";
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 120_000) return `${Number((ms / 1000).toFixed(1))}s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)}m`;
  return `${Math.round(ms / 3_600_000)}h`;
}
