import type { Client, ClientOptions } from "@azure-rest/core-client";
import {
  isKeyCredential,
  isSASCredential,
  isTokenCredential,
  type KeyCredential,
  type SASCredential,
  type TokenCredential,
} from "@azure/core-auth";
import { redirectPolicyName } from "@azure/core-rest-pipeline";
import { APIS, type ApiName } from "../apis.js";
import { bearerPolicy } from "../auth/bearer-policy.js";
import { clientIdPolicy } from "../auth/client-id-policy.js";
import { keyPolicy } from "../auth/key-policy.js";
import { sasPolicy } from "../auth/sas-policy.js";
import { credentialSecrets, rememberTokens, type SecretSource } from "../auth/secrets.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { redactSecrets } from "../errors/redact.js";
import { bodyLimitPolicy } from "../pipeline/body-limit-policy.js";
import { logSafeRequestPolicy } from "../pipeline/log-safe-request-policy.js";
import { requestGuardPolicy } from "../pipeline/request-guard-policy.js";
import { retryPolicy } from "../pipeline/retry-policy.js";
import { describe } from "../safety/describe.js";
import { attachClientInfo } from "./client-info.js";
import { normaliseClientOptions, type MapsOperationsClientOptions } from "./options.js";

/** The generated factory's shape (both generated clients have it). */
type GeneratedFactory<T extends Client> = (
  geography: "us" | "eu",
  credentials: KeyCredential,
  options?: ClientOptions & { apiVersion?: string },
) => T;

export type AnyCredential = KeyCredential | TokenCredential | SASCredential;

const CREDENTIAL_EXPECTED = "an AzureKeyCredential, a TokenCredential or an AzureSASCredential";

/**
 * The Maps REST packages' wrapping pattern, with every credential added here as a Sign-phase
 * policy of ours (the generated client's key policy would leave the key on `response.request`).
 * Every argument is checked before the generated factory runs, so nothing is sent with a refused
 * configuration.
 */
export function wrapClient<T extends Client>(
  api: ApiName,
  createGenerated: GeneratedFactory<T>,
  credential: AnyCredential,
  clientIdOrOptions: string | MapsOperationsClientOptions | undefined,
  maybeOptions: MapsOperationsClientOptions | undefined,
): T {
  const token = isTokenCredential(credential);
  if (token) {
    if (typeof clientIdOrOptions !== "string" || clientIdOrOptions.trim() === "") {
      throw new InvalidArgumentError(
        "mapsAccountClientId",
        "the Azure Maps account's client id (a non-empty string, sent as x-ms-client-id) when the credential is a TokenCredential",
        describe(clientIdOrOptions),
      );
    }
  } else if (!isSASCredential(credential) && !isKeyCredential(credential)) {
    throw new InvalidArgumentError("credential", CREDENTIAL_EXPECTED, describe(credential));
  } else if (typeof clientIdOrOptions === "string") {
    throw new InvalidArgumentError(
      "options",
      "an object (a client id is only taken with a TokenCredential)",
      "a string",
    );
  }
  const normalised = normaliseClientOptions(token ? maybeOptions : clientIdOrOptions);
  const { clientOptions, endpoint, geography } = normalised;

  let secrets: SecretSource;
  let client: T;
  if (token) {
    const remembered = rememberTokens(credential);
    const clientId = clientIdOrOptions as string;
    // The account's client id is not a secret, but it names the account: redacted like one.
    secrets = { current: () => [...remembered.secrets.current(), clientId] };
    client = createGenerated(geography, undefined as unknown as KeyCredential, clientOptions);
    client.pipeline.addPolicy(bearerPolicy(remembered.credential), { phase: "Sign" });
    client.pipeline.addPolicy(clientIdPolicy(clientIdOrOptions as string), { phase: "Sign" });
  } else if (isSASCredential(credential)) {
    secrets = credentialSecrets(credential);
    client = createGenerated(geography, undefined as unknown as KeyCredential, clientOptions);
    client.pipeline.addPolicy(sasPolicy(credential), { phase: "Sign" });
  } else {
    secrets = credentialSecrets(credential);
    client = createGenerated(geography, undefined as unknown as KeyCredential, clientOptions);
    client.pipeline.addPolicy(keyPolicy(credential), { phase: "Sign" });
  }

  // A status GET has no reason to follow a redirect: a 3xx is an unexpected status like any other
  // (the request guard would otherwise refuse the redirected request as a bad argument).
  client.pipeline.removePolicy({ name: redirectPolicyName });

  client.pipeline.removePolicy({ name: "defaultRetryPolicy" });
  client.pipeline.addPolicy(retryPolicy(clientOptions.retryOptions), { phase: "Retry" });
  client.pipeline.addPolicy(logSafeRequestPolicy(), { phase: "Sign" });
  const redact = (text: string) => redactSecrets(text, secrets.current());
  client.pipeline.addPolicy(
    requestGuardPolicy(APIS[api], endpoint, () => secrets.current(), redact),
    { afterPhase: "Sign" },
  );
  // Added after the guard: the policy closest to the transport.
  client.pipeline.addPolicy(bodyLimitPolicy(APIS[api], redact), { afterPhase: "Sign" });
  attachClientInfo(client, { api, endpoint: endpoint.url, redact });
  return client;
}
