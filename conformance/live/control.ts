/**
 * The emulator's control API over HTTP (emulator/README.md), so timelines and faults can be
 * driven on any server that speaks it: the suite's own emulator or another package's endpoint.
 */
import type { FaultRuleInput, OperationInput, OperationView } from "maps-operations-emulator";

export interface EmulatorControl {
  readonly url: string;
  createOperation(input: OperationInput): Promise<OperationView>;
  reset(): Promise<void>;
}

/** `undefined` when `url` does not answer `GET /_emulator` with the emulator's description. */
export async function probeControl(url: string): Promise<EmulatorControl | undefined> {
  try {
    const response = await fetch(`${url}/_emulator`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return undefined;
    const about = (await response.json()) as { faultKinds?: unknown };
    if (!Array.isArray(about.faultKinds)) return undefined;
  } catch {
    return undefined;
  }
  return controlOver(url);
}

/**
 * A control call's bound, answer included: an endpoint that speaks `GET /_emulator` but stalls on
 * the rest must not hold the run (fetch's own default waits 300 s, once per call).
 */
export const CONTROL_TIMEOUT_MS = 10_000;

export function controlOver(url: string, timeoutMs = CONTROL_TIMEOUT_MS): EmulatorControl {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const where = `emulator control ${method} /_emulator${path}`;
    let response: Response;
    let text: string;
    try {
      // One signal for the headers and the body: a slow drip is bounded too.
      const signal = AbortSignal.timeout(timeoutMs);
      response = await fetch(`${url}/_emulator${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      const timedOut = (error as Error | undefined)?.name === "TimeoutError";
      throw new Error(
        timedOut ? `${where}: no answer within ${timeoutMs} ms` : `${where}: ${String(error)}`,
        { cause: error },
      );
    }
    if (!response.ok) throw new Error(`${where}: ${response.status} ${text.slice(0, 500)}`);
    return text === "" ? undefined : JSON.parse(text);
  };
  return {
    url,
    createOperation: async (input) => (await call("POST", "/operations", input)) as OperationView,
    reset: async () => void (await call("POST", "/reset")),
  };
}

export type { FaultRuleInput, OperationInput, OperationView };
