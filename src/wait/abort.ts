/** The part of `AbortSignal` used here (defined locally: no dependency on @azure/abort-controller). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** Resolves after `ms`, or at once when `signal` aborts (the caller then checks why). */
export function sleep(ms: number, signal: AbortSignalLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

export type StopReason = "aborted" | "timeout";

/**
 * One controller for the whole wait: aborted by the caller's signal or by the time budget, so the
 * request in flight and the sleep both stop at once. `reason` says which came first.
 */
export function createStopController(
  callerSignal: AbortSignalLike | undefined,
  maxWaitMs: number,
): { signal: AbortSignal; reason(): StopReason | undefined; dispose(): void } {
  const controller = new AbortController();
  let reason: StopReason | undefined;
  const stop = (why: StopReason) => {
    if (reason !== undefined) return;
    reason = why;
    controller.abort();
  };
  const onCallerAbort = () => stop("aborted");
  if (callerSignal?.aborted) stop("aborted");
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = Number.isFinite(maxWaitMs)
    ? setTimeout(() => stop("timeout"), maxWaitMs)
    : undefined;
  return {
    signal: controller.signal,
    reason: () => reason,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
