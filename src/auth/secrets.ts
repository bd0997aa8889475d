import {
  isKeyCredential,
  isSASCredential,
  type AccessToken,
  type GetTokenOptions,
  type KeyCredential,
  type SASCredential,
  type TokenCredential,
} from "@azure/core-auth";

/** Secrets currently in use, read at redaction time so that rotated values are covered too. */
export interface SecretSource {
  current(): string[];
}

/**
 * Tokens are only known once issued: the wrapper remembers the last few so that a message echoing
 * one can be redacted. It forwards everything else untouched.
 */
export function rememberTokens(credential: TokenCredential): {
  credential: TokenCredential;
  secrets: SecretSource;
} {
  const recent: string[] = [];
  return {
    credential: {
      async getToken(scopes: string | string[], options?: GetTokenOptions) {
        const token: AccessToken | null = await credential.getToken(scopes, options);
        if (token) {
          recent.push(token.token);
          if (recent.length > 4) recent.shift();
        }
        return token;
      },
    },
    secrets: { current: () => [...recent] },
  };
}

export function credentialSecrets(credential: KeyCredential | SASCredential): SecretSource {
  return {
    current: () => {
      if (isSASCredential(credential)) return [credential.signature];
      if (isKeyCredential(credential)) return [credential.key];
      return [];
    },
  };
}
