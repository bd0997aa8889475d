import type { TokenCredential } from "@azure/core-auth";
import { credentialFromEnv } from "../../cli/src/credentials.js";

const token: TokenCredential = { getToken: async () => null };
const make = () => token;

describe("credentialFromEnv", () => {
  it.each([
    ["key alone", { MAPS_SUBSCRIPTION_KEY: "k-1234" }, undefined, "key", []],
    ["SAS alone", { MAPS_SAS_TOKEN: "s-1234" }, undefined, "sas", []],
    ["client id alone", { MAPS_CLIENT_ID: "c-1" }, undefined, "entra", []],
    [
      "SAS wins over key and client id",
      { MAPS_SAS_TOKEN: "s", MAPS_SUBSCRIPTION_KEY: "k", MAPS_CLIENT_ID: "c" },
      undefined,
      "sas",
      ["MAPS_SUBSCRIPTION_KEY", "MAPS_CLIENT_ID"],
    ],
    [
      "key wins over client id",
      { MAPS_SUBSCRIPTION_KEY: "k", MAPS_CLIENT_ID: "c" },
      undefined,
      "key",
      ["MAPS_CLIENT_ID"],
    ],
    [
      "an empty SAS counts as unset",
      { MAPS_SAS_TOKEN: "  ", MAPS_SUBSCRIPTION_KEY: "k" },
      undefined,
      "key",
      [],
    ],
    [
      "--auth entra over a key",
      { MAPS_SUBSCRIPTION_KEY: "k", MAPS_CLIENT_ID: "c" },
      "entra",
      "entra",
      ["MAPS_SUBSCRIPTION_KEY"],
    ],
  ] as const)("%s", (_name, env, auth, kind, ignored) => {
    const chosen = credentialFromEnv(env, auth, make);
    expect(chosen.credential.kind).toBe(kind);
    expect(chosen.ignored).toEqual(ignored);
  });

  it("Entra ID: DefaultAzureCredential (here injected) plus the client id", () => {
    const chosen = credentialFromEnv({ MAPS_CLIENT_ID: " c-1 " }, undefined, make);
    expect(chosen.credential).toEqual({ kind: "entra", credential: token, clientId: "c-1" });
    expect(chosen.secrets).toEqual([]);
  });

  it("lists every key and SAS value as a secret to filter, the unused ones too", () => {
    const chosen = credentialFromEnv(
      { MAPS_SAS_TOKEN: "sas-secret", MAPS_SUBSCRIPTION_KEY: "key-secret" },
      undefined,
      make,
    );
    expect([...chosen.secrets].sort()).toEqual(["key-secret", "sas-secret"]);
  });

  it("none set: a usage error naming the three variables", () => {
    expect(() => credentialFromEnv({}, undefined, make)).toThrow(
      /^no credential: set MAPS_SUBSCRIPTION_KEY \(subscription key\), MAPS_SAS_TOKEN \(SAS token\) or MAPS_CLIENT_ID/,
    );
  });

  it("--auth naming an unset variable is a usage error", () => {
    expect(() => credentialFromEnv({ MAPS_SUBSCRIPTION_KEY: "k" }, "sas", make)).toThrow(
      "--auth sas needs MAPS_SAS_TOKEN to be set",
    );
  });
});
