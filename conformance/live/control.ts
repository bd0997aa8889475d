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

export function controlOver(url: string): EmulatorControl {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${url}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`emulator control ${method} /_emulator${path}: ${response.status} ${text}`);
    }
    return text === "" ? undefined : JSON.parse(text);
  };
  return {
    url,
    createOperation: async (input) => (await call("POST", "/operations", input)) as OperationView,
    reset: async () => void (await call("POST", "/reset")),
  };
}

export type { FaultRuleInput, OperationInput, OperationView };
