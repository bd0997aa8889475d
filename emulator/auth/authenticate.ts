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
  for (const candidate of allowed) {
    if (candidate === ANY_CREDENTIAL || sameSecret(candidate, given)) return true;
  }
  return false;
}

/**
 * Compares in time that depends on the length of `given` alone: every character of it is compared
 * (with the secret repeated as needed), without stopping at the first difference, so the time
 * taken says nothing about how much of the secret matched, nor how long the secret is. Hashing
 * both sides for `timingSafeEqual` gives the same guarantee at many times the cost per request.
 */
function sameSecret(secret: string, given: string): boolean {
  const length = secret.length;
  let difference = length ^ given.length;
  for (let i = 0, j = 0; i < given.length; i += 1) {
    difference |= given.charCodeAt(i) ^ secret.charCodeAt(j);
    j = j + 1 === length ? 0 : j + 1;
  }
  return difference === 0;
}
