/**
 * Well-known development credentials, like Azurite's account key: public on purpose, accepted by
 * default so that a client can be pointed at the emulator with no setup. Never use them elsewhere.
 */
export const WELL_KNOWN_CREDENTIALS = Object.freeze({
  /** `subscription-key` header (both APIs) or query parameter (Dataset only). */
  subscriptionKey: "maps-emulator-well-known-subscription-key",
  /** `Authorization: Bearer <token>`, always together with an `x-ms-client-id` header. */
  bearerToken: "maps-emulator-well-known-bearer-token",
  /** `Authorization: jwt-sas <token>`. */
  sasToken: "maps-emulator-well-known-sas-token",
  /** An `x-ms-client-id` value; by default any non-empty client id is accepted. */
  clientId: "00000000-0000-0000-0000-00000000e0e0",
});

/** In a credential list, matches any non-empty value. */
export const ANY_CREDENTIAL = "*";

/**
 * A TokenCredential (@azure/core-auth's shape, without depending on it) that always returns the
 * well-known bearer token, for token clients pointed at an emulator started with `https`. The
 * token does not expire while a test runs. Pair it with any client id, e.g.
 * `WELL_KNOWN_CREDENTIALS.clientId`.
 */
export const WELL_KNOWN_TOKEN_CREDENTIAL: Readonly<{
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
}> = Object.freeze({
  getToken: () =>
    Promise.resolve({
      token: WELL_KNOWN_CREDENTIALS.bearerToken,
      expiresOnTimestamp: Date.now() + 60 * 60 * 1000,
    }),
});
