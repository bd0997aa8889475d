import * as crypto from "node:crypto";
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { ApiDefinition } from "../apis/api-definition.js";
import { ANY_CREDENTIAL } from "../credentials.js";
import { UnauthorizedError } from "../errors/api-errors.js";
import type { QueryParameters } from "../http/parse-url.js";
import type { EmulatorConfig } from "../options.js";

/**
 * Accepts the request or throws UnauthorizedError. The first credential present decides:
 * `Authorization` (Bearer + x-ms-client-id, or jwt-sas), then the `subscription-key` header, then
 * (Dataset only, as its document says) the `subscription-key` query parameter. Messages never
 * repeat a credential value.
 */
export function authenticate(
  api: ApiDefinition,
  headers: IncomingHttpHeaders,
  query: QueryParameters,
  credentials: EmulatorConfig["credentials"],
): void {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^(\S+)\s+(\S+)\s*$/.exec(authorization);
    const scheme = match?.[1]?.toLowerCase();
    const value = match?.[2] ?? "";
    if (scheme === "bearer") {
      demand(accepts(credentials.bearerTokens, value), "The bearer token is not accepted.");
      const clientId = single(headers["x-ms-client-id"]);
      demand(
        clientId !== undefined && clientId.trim() !== "",
        "A bearer token needs an x-ms-client-id header naming the Azure Maps account.",
      );
      demand(accepts(credentials.clientIds, clientId), "The x-ms-client-id is not accepted.");
      return;
    }
    if (scheme === "jwt-sas") {
      demand(accepts(credentials.sasTokens, value), "The SAS token is not accepted.");
      return;
    }
    throw new UnauthorizedError(
      "The Authorization header must be 'Bearer <token>' or 'jwt-sas <token>'.",
    );
  }
  const headerKey = single(headers["subscription-key"]);
  if (headerKey !== undefined) {
    demand(
      accepts(credentials.subscriptionKeys, headerKey),
      "The subscription key is not accepted.",
    );
    return;
  }
  const queryKey = query.get("subscription-key");
  if (queryKey !== null) {
    demand(api.keyInQuery, "This API takes subscription-key in a header, not in the query.");
    demand(
      accepts(credentials.subscriptionKeys, queryKey),
      "The subscription key is not accepted.",
    );
    return;
  }
  throw new UnauthorizedError(
    "No credential: send a subscription key, a bearer token with x-ms-client-id, or a SAS token.",
  );
}

function demand(condition: boolean, message: string): asserts condition {
  if (!condition) throw new UnauthorizedError(message);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function accepts(allowed: readonly string[], given: string): boolean {
  if (given === "") return false;
  const candidates = digestsOf(allowed);
  if (candidates === ANY_CREDENTIAL) return true;
  const digest = sha256(given);
  return candidates.some((candidate) => timingSafeEqual(candidate, digest));
}

/**
 * Digests of each accepted list, made on its first use: the configuration's lists are frozen, so a
 * request only hashes what it sends (a list that could still change is hashed every time). `"*"`
 * anywhere in a list accepts anything.
 */
const acceptedDigests = new WeakMap<readonly string[], readonly Buffer[] | typeof ANY_CREDENTIAL>();

function digestsOf(allowed: readonly string[]): readonly Buffer[] | typeof ANY_CREDENTIAL {
  let digests = acceptedDigests.get(allowed);
  if (digests === undefined) {
    digests = allowed.includes(ANY_CREDENTIAL) ? ANY_CREDENTIAL : allowed.map(sha256);
    if (Object.isFrozen(allowed)) acceptedDigests.set(allowed, digests);
  }
  return digests;
}

/**
 * Compared as digests, so the time taken says nothing about how much of a secret matched.
 * `crypto.hash` (Node 20.12+) is the one-shot form; older releases of 20 build a Hash.
 */
const sha256: (value: string) => Buffer =
  typeof crypto.hash === "function"
    ? (value) => crypto.hash("sha256", value, "buffer")
    : (value) => crypto.createHash("sha256").update(value).digest();
