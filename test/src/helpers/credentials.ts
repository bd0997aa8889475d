import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/core-auth";

/** A TokenCredential (what @azure/identity's credentials implement) that records its calls. */
export class RecordingTokenCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  constructor(private readonly token = "test-bearer-token-0123456789") {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    void options;
    this.scopes.push(Array.isArray(scopes) ? scopes : [scopes]);
    return { token: this.token, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

export const KEY = "test-subscription-key-0123456789";
export const SAS = "test-sas-signature-0123456789";
export const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
export const DR_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";
export const DATASET_ID = "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c";
