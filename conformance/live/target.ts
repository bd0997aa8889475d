/**
 * Which service the live calls go to, read once from the environment (set by the user, or by the
 * conformance CLI for `--endpoint`). Never print a `LiveTarget`: use `describeTarget`.
 *
 * Precedence: an explicit endpoint (`CONFORMANCE_ENDPOINT`) > the real service (credentials in
 * the environment) > a local emulator started by the suite.
 */
import { SEEDED_OPERATIONS, WELL_KNOWN_CREDENTIALS } from "maps-operations-emulator";
import { redactUrl } from "./redact.js";

export type ApiKey = "dataset" | "dataRegistry";

export type LiveAuth =
  | { readonly scheme: "subscriptionKey"; readonly key: string }
  | { readonly scheme: "sas"; readonly token: string }
  /** `@azure/identity`'s DefaultAzureCredential plus the Maps account's client id. */
  | { readonly scheme: "entra"; readonly clientId: string };

export interface LiveTarget {
  readonly kind: "emulator" | "endpoint" | "service";
  /** Undefined for `emulator` (the suite starts one) and for `service` without `MAPS_ENDPOINT`. */
  readonly endpoint: string | undefined;
  readonly geography: "us" | "eu";
  readonly auth: LiveAuth;
  /** Operations to poll; a missing one skips that API's live call, with `skipReasons[api]`. */
  readonly operationIds: Partial<Record<ApiKey, string>>;
  readonly skipReasons: Partial<Record<ApiKey, string>>;
  /** Why the real service is not the target; undefined when it is. */
  readonly serviceSkipped: string | undefined;
}

/** The environment variables read here, documented in the README. */
export const LIVE_ENV = [
  "CONFORMANCE_ENDPOINT",
  "MAPS_SUBSCRIPTION_KEY",
  "MAPS_SAS_TOKEN",
  "MAPS_CLIENT_ID",
  "MAPS_GEOGRAPHY",
  "MAPS_ENDPOINT",
  "MAPS_DATASET_OPERATION_ID",
  "MAPS_DATA_REGISTRY_OPERATION_ID",
] as const;

export class LiveTargetError extends Error {
  override readonly name = "LiveTargetError";
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable} must be ${expected}`);
  }
}

const NO_CREDENTIALS =
  "real service not configured: set MAPS_SUBSCRIPTION_KEY, MAPS_SAS_TOKEN, or MAPS_CLIENT_ID " +
  "with DefaultAzureCredential's variables (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET...)";

/** The operations every emulator starts with: what an emulator target polls by default. */
export const SEEDED_OPERATION_IDS: Readonly<Record<ApiKey, string>> = Object.fromEntries(
  SEEDED_OPERATIONS.map((op) => [op.api, op.id]),
) as Record<ApiKey, string>;

type Env = Readonly<Record<string, string | undefined>>;

export function resolveTarget(env: Env = process.env): LiveTarget {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  const geography = get("MAPS_GEOGRAPHY") ?? "us";
  if (geography !== "us" && geography !== "eu") {
    throw new LiveTargetError("MAPS_GEOGRAPHY", `"us" or "eu" (got "${geography}")`);
  }
  const configured = configuredAuth(get);
  const explicit = get("CONFORMANCE_ENDPOINT");
  if (explicit !== undefined) {
    return {
      kind: "endpoint",
      endpoint: checkUrl("CONFORMANCE_ENDPOINT", explicit),
      geography,
      auth: configured ?? {
        scheme: "subscriptionKey",
        key: WELL_KNOWN_CREDENTIALS.subscriptionKey,
      },
      // A missing id is a skip, unless the endpoint turns out to be an emulator (checks/live.ts).
      ...operations(get, {}),
      serviceSkipped: "an explicit endpoint was given (--endpoint)",
    };
  }
  if (configured !== undefined) {
    const endpoint = get("MAPS_ENDPOINT");
    return {
      kind: "service",
      endpoint: endpoint === undefined ? undefined : checkUrl("MAPS_ENDPOINT", endpoint),
      geography,
      auth: configured,
      ...operations(get, {}),
      serviceSkipped: undefined,
    };
  }
  return {
    kind: "emulator",
    endpoint: undefined,
    geography,
    auth: { scheme: "subscriptionKey", key: WELL_KNOWN_CREDENTIALS.subscriptionKey },
    operationIds: { ...SEEDED_OPERATION_IDS },
    skipReasons: {},
    serviceSkipped: NO_CREDENTIALS,
  };
}

/** Safe to print: the kind, the redacted endpoint and the auth scheme, never a secret. */
export function describeTarget(target: LiveTarget): string {
  const where =
    target.endpoint === undefined
      ? target.kind === "emulator"
        ? "a local emulator"
        : `https://${target.geography}.atlas.microsoft.com`
      : redactUrl(target.endpoint).replace(/\/$/, "");
  return `${target.kind} ${where} (auth: ${target.auth.scheme})`;
}

function configuredAuth(get: (name: string) => string | undefined): LiveAuth | undefined {
  const key = get("MAPS_SUBSCRIPTION_KEY");
  if (key !== undefined) return { scheme: "subscriptionKey", key };
  const token = get("MAPS_SAS_TOKEN");
  if (token !== undefined) return { scheme: "sas", token };
  const clientId = get("MAPS_CLIENT_ID");
  if (clientId !== undefined) return { scheme: "entra", clientId };
  return undefined;
}

function operations(
  get: (name: string) => string | undefined,
  fallback: Partial<Record<ApiKey, string>>,
): Pick<LiveTarget, "operationIds" | "skipReasons"> {
  const variables: Record<ApiKey, string> = {
    dataset: "MAPS_DATASET_OPERATION_ID",
    dataRegistry: "MAPS_DATA_REGISTRY_OPERATION_ID",
  };
  const operationIds: Partial<Record<ApiKey, string>> = {};
  const skipReasons: Partial<Record<ApiKey, string>> = {};
  for (const api of ["dataset", "dataRegistry"] as const) {
    const id = get(variables[api]) ?? fallback[api];
    if (id === undefined) skipReasons[api] = `${variables[api]} is not set`;
    else operationIds[api] = id;
  }
  return { operationIds, skipReasons };
}

function checkUrl(variable: string, value: string): string {
  const parsed = URL.parse(value);
  if (parsed === null || !/^https?:$/.test(parsed.protocol)) {
    throw new LiveTargetError(variable, "an absolute http(s) URL, e.g. https://maps.example.com");
  }
  return value.replace(/\/+$/, "");
}
