import type { ApiName } from "../apis.js";

/**
 * What `waitForOperation` needs to know about a client made by our factories. Kept under a
 * registered symbol (not a WeakMap) so that a client from one copy of the package is understood by
 * another; non-enumerable so that logging the client does not print it.
 */
export interface ClientInfo {
  readonly api: ApiName;
  readonly endpoint: string;
  /** Removes the credential's current secrets from a text. */
  readonly redact: (text: string) => string;
}

const INFO = Symbol.for("maps-operations-rest.clientInfo");

export function attachClientInfo(client: object, info: ClientInfo): void {
  Object.defineProperty(client, INFO, { value: Object.freeze(info), enumerable: false });
}

export function clientInfoOf(client: unknown): ClientInfo | undefined {
  if (typeof client !== "object" || client === null) return undefined;
  const info = (client as Record<symbol, unknown>)[INFO];
  return typeof info === "object" && info !== null ? (info as ClientInfo) : undefined;
}
