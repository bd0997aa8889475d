import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  type DataRegistryOperationsClient,
  type DatasetOperationsClient,
  type MapsOperationsClientOptions,
} from "maps-operations-rest";
import { rethrowAsUsage, type CallOptions } from "./args.js";
import { CREDENTIAL_ENV, type CliCredential } from "./credentials.js";
import { UsageError } from "./usage-error.js";

export type AnyOperationsClient = DatasetOperationsClient | DataRegistryOperationsClient;

/**
 * The client for `status` and `wait`. Refuses, before any request, what could never work; the
 * factory's refusal of `--endpoint` names the flag and the accepted form, never the value (a URL
 * may carry a key in its query).
 */
export function createCliClient(options: CallOptions, chosen: CliCredential): AnyOperationsClient {
  return rethrowAsUsage(() => createClient(options, chosen), { "options.endpoint": "--endpoint" });
}

function createClient(options: CallOptions, chosen: CliCredential): AnyOperationsClient {
  if (
    chosen.kind === "entra" &&
    options.endpoint !== undefined &&
    URL.parse(options.endpoint)?.protocol === "http:"
  ) {
    // core's bearer policy would refuse at the first request; say why, and what works instead.
    throw new UsageError(
      `--endpoint must be an https URL with Entra ID (${CREDENTIAL_ENV.entra}): bearer tokens are` +
        ` never sent over plain http; use ${CREDENTIAL_ENV.key} or ${CREDENTIAL_ENV.sas} with a local emulator`,
    );
  }
  const clientOptions: MapsOperationsClientOptions = {
    geography: options.geography,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    userAgentOptions: { userAgentPrefix: "maps-operations-cli" },
  };
  if (options.api === "dataset") {
    if (chosen.kind === "entra") {
      return createDatasetOperationsClient(chosen.credential, chosen.clientId, clientOptions);
    }
    return chosen.kind === "key"
      ? createDatasetOperationsClient(chosen.credential, clientOptions)
      : createDatasetOperationsClient(chosen.credential, clientOptions);
  }
  if (chosen.kind === "entra") {
    return createDataRegistryOperationsClient(chosen.credential, chosen.clientId, clientOptions);
  }
  return chosen.kind === "key"
    ? createDataRegistryOperationsClient(chosen.credential, clientOptions)
    : createDataRegistryOperationsClient(chosen.credential, clientOptions);
}
