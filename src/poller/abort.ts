import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import { MAX_TIMER_MS } from "./options.js";

export type { AbortSignalLike };

/**
 * Resolves after `ms`, or at once when `signal` aborts (the caller then checks why). Delays past
 * setTimeout's limit (about 24.8 days) are slept in pieces: a single timer that long would fire
 * at once, and a server's huge `Retry-After` would become a poll storm.
 */
export function sleep(ms: number, signal: AbortSignalLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || !(ms > 0)) {
      resolve();
      return;
    }
    const end = Date.now() + ms;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const arm = () => {
      const left = end - Date.now();
      if (left <= 0 || !Number.isFinite(left)) {
        if (Number.isFinite(left)) done();
        else timer = setTimeout(arm, MAX_TIMER_MS);
        return;
      }
      timer = setTimeout(left > MAX_TIMER_MS ? arm : done, Math.min(left, MAX_TIMER_MS));
    };
    signal.addEventListener("abort", done, { once: true });
    arm();
  });
}

/** The `AbortError` core and every Azure SDK throw on an aborted signal. */
export function abortError(what: string): AbortError {
  return new AbortError(`${what} was aborted.`);
}

/** An AbortController that follows `parent` (until `dispose`). */
export function childController(parent: AbortSignalLike | undefined): {
  controller: AbortController;
  dispose(): void;
} {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (parent?.aborted) controller.abort();
  else parent?.addEventListener("abort", onAbort, { once: true });
  return { controller, dispose: () => parent?.removeEventListener("abort", onAbort) };
}
