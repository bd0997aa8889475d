import {
  AzureKeyCredential,
  AzureSASCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential,
} from "@azure/core-auth";
import { UsageError } from "./usage-error.js";

/**
 * @azure/identity's DefaultAzureCredential, loaded on the first token request: it takes longer to
 * load than the rest of the CLI, and key or SAS users never need it.
 */
class LazyDefaultAzureCredential implements TokenCredential {
  private inner: Promise<TokenCredential> | undefined;

  async getToken(
    scopes: string | string[],
    options?: GetTokenOptions,
  ): Promise<AccessToken | null> {
    this.inner ??= import("@azure/identity").then(
      (identity) => new identity.DefaultAzureCredential(),
    );
    return (await this.inner).getToken(scopes, options);
  }
}

/** Where the CLI reads credentials, in order of precedence. */
export const CREDENTIAL_ENV = Object.freeze({
  sas: "MAPS_SAS_TOKEN",
  key: "MAPS_SUBSCRIPTION_KEY",
  entra: "MAPS_CLIENT_ID",
});

/** `--auth` values; the order is the precedence when `--auth` is not given. */
export const AUTH_KINDS = ["sas", "key", "entra"] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

export type CliCredential =
  | { kind: "key"; credential: AzureKeyCredential }
  | { kind: "sas"; credential: AzureSASCredential }
  | { kind: "entra"; credential: TokenCredential; clientId: string };

export interface ChosenCredential {
  readonly credential: CliCredential;
  /** Other credential variables that were set and are ignored (names only, never values). */
  readonly ignored: readonly string[];
  /** The values to keep out of every output line. */
  readonly secrets: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * One credential from the environment. SAS first: a SAS token is short-lived and narrowly scoped,
 * so having one set is the most deliberate choice; then the account-wide key; Entra ID last,
 * because `DefaultAzureCredential` finds ambient identities (Azure CLI login, managed identity)
 * that may be present without being meant for this call. `--auth` picks one explicitly. An empty
 * variable counts as unset. None set is a usage error (exit 2): nothing is sent.
 */
export function credentialFromEnv(
  env: Env,
  auth: AuthKind | undefined,
  makeTokenCredential: () => TokenCredential = () => new LazyDefaultAzureCredential(),
): ChosenCredential {
  const value = (kind: AuthKind): string | undefined => {
    const text = env[CREDENTIAL_ENV[kind]];
    return text === undefined || text.trim() === "" ? undefined : text.trim();
  };
  const present = AUTH_KINDS.filter((kind) => value(kind) !== undefined);
  const kind = auth ?? present[0];
  if (kind === undefined) {
    throw new UsageError(
      `no credential: set ${CREDENTIAL_ENV.key} (subscription key), ${CREDENTIAL_ENV.sas} (SAS token)` +
        ` or ${CREDENTIAL_ENV.entra} (Maps account client id, with an Entra ID identity for DefaultAzureCredential)`,
    );
  }
  const chosen = value(kind);
  if (chosen === undefined) {
    throw new UsageError(`--auth ${kind} needs ${CREDENTIAL_ENV[kind]} to be set`);
  }
  const ignored = present.filter((other) => other !== kind).map((other) => CREDENTIAL_ENV[other]);
  const secrets = [value("key"), value("sas")].filter((s): s is string => s !== undefined);
  switch (kind) {
    case "key":
      return { credential: { kind, credential: new AzureKeyCredential(chosen) }, ignored, secrets };
    case "sas":
      return { credential: { kind, credential: new AzureSASCredential(chosen) }, ignored, secrets };
    case "entra":
      return {
        credential: { kind, credential: makeTokenCredential(), clientId: chosen },
        ignored,
        secrets,
      };
  }
}
