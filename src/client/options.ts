import type { ClientOptions } from "@azure-rest/core-client";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { checkApiVersion } from "../safety/api-version.js";
import { describe } from "../safety/describe.js";
import { checkEndpoint, type CheckedEndpoint } from "../safety/endpoint.js";
import { checkGeography, type Geography } from "../safety/geography.js";

/**
 * Options of both factories. Everything else is core-client's `ClientOptions` (retryOptions,
 * loggingOptions, userAgentOptions, httpClient, additionalPolicies...), minus what this layer
 * decides: credentials, base URL, pipeline, allowInsecureConnection and redirects (never followed).
 */
export interface MapsOperationsClientOptions extends Omit<
  ClientOptions,
  | "credentials"
  | "baseUrl"
  | "endpoint"
  | "apiVersion"
  | "pipeline"
  | "allowInsecureConnection"
  | "redirectOptions"
> {
  /**
   * Where the Azure Maps Creator / account data lives: `"us"` or `"eu"`. Picks
   * `https://{geography}.atlas.microsoft.com`. Default `"us"`.
   */
  geography?: Geography;
  /**
   * Replaces the host for a sovereign cloud or a local emulator, e.g.
   * `"https://us.atlas.azure.us"` or `"http://127.0.0.1:8080"`. Must be an absolute https URL;
   * plain http only for 127.0.0.0/8 and `localhost`; no IPv6 literal. Default: from `geography`.
   */
  endpoint?: string;
  /** Default: the spec's version, `"2.0"` (Dataset) or `"2023-06-01"` (Data Registry). */
  apiVersion?: string;
}

/** Options after checks and defaults, built once per client. */
export interface NormalisedClientOptions {
  readonly geography: Geography;
  readonly endpoint: CheckedEndpoint;
  readonly apiVersion: string | undefined;
  /** What is passed on to the generated client. */
  readonly clientOptions: ClientOptions;
}

const OURS = new Set(["geography", "endpoint", "apiVersion"]);
const SET_HERE = "absent (this client sets it from the credential and options.endpoint)";
/** Options JavaScript callers could still pass, and why each is refused. */
const REFUSED: Readonly<Record<string, string>> = {
  credentials: SET_HERE,
  baseUrl: SET_HERE,
  pipeline: SET_HERE,
  allowInsecureConnection: SET_HERE,
  // Silently ignoring it would mislead: this client never follows a redirect.
  redirectOptions: "absent (this client never follows redirects: a 3xx is an unexpected status)",
};

export function normaliseClientOptions(options: unknown): NormalisedClientOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError("options", "an object or undefined", describe(options));
  }
  const given = options as Record<string, unknown>;
  for (const [key, expected] of Object.entries(REFUSED)) {
    // Each of the first four would bypass a check made here.
    if (given[key] !== undefined) {
      throw new InvalidArgumentError(`options.${key}`, expected, describe(given[key]));
    }
  }
  const geography = checkGeography(given.geography === undefined ? "us" : given.geography);
  const endpoint = checkEndpoint(
    given.endpoint === undefined ? `https://${geography}.atlas.microsoft.com` : given.endpoint,
  );
  const apiVersion = given.apiVersion === undefined ? undefined : checkApiVersion(given.apiVersion);
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) if (!OURS.has(key)) rest[key] = value;
  return {
    geography,
    endpoint,
    apiVersion,
    clientOptions: {
      ...(rest as ClientOptions),
      endpoint: endpoint.url,
      ...(apiVersion === undefined ? {} : { apiVersion }),
      allowInsecureConnection: endpoint.insecureLoopback,
    },
  };
}
