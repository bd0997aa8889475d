import { WELL_KNOWN_CREDENTIALS } from "../../../emulator/index.js";
import {
  describeTarget,
  LiveTargetError,
  resolveTarget,
} from "../../../conformance/live/target.js";

const SEEDED = {
  dataset: "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
  dataRegistry: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
};

describe("resolveTarget", () => {
  test.each([
    [
      "nothing set: a local emulator, the real service skipped with the reason",
      {
        given: {},
        want: {
          kind: "emulator",
          scheme: "subscriptionKey",
          ids: SEEDED,
          skips: {},
          service: /MAPS_SUBSCRIPTION_KEY/,
        },
      },
    ],
    [
      "a subscription key: the service, missing operation ids are skips",
      {
        given: { MAPS_SUBSCRIPTION_KEY: "k", MAPS_DATASET_OPERATION_ID: "op1" },
        want: {
          kind: "service",
          scheme: "subscriptionKey",
          ids: { dataset: "op1" },
          skips: { dataRegistry: "MAPS_DATA_REGISTRY_OPERATION_ID is not set" },
          service: undefined,
        },
      },
    ],
    [
      "a SAS token",
      {
        given: { MAPS_SAS_TOKEN: "t" },
        want: {
          kind: "service",
          scheme: "sas",
          ids: {},
          skips: {
            dataset: "MAPS_DATASET_OPERATION_ID is not set",
            dataRegistry: "MAPS_DATA_REGISTRY_OPERATION_ID is not set",
          },
          service: undefined,
        },
      },
    ],
    [
      "a client id: Entra ID",
      {
        given: {
          MAPS_CLIENT_ID: "c",
          MAPS_DATASET_OPERATION_ID: "a",
          MAPS_DATA_REGISTRY_OPERATION_ID: "b",
        },
        want: {
          kind: "service",
          scheme: "entra",
          ids: { dataset: "a", dataRegistry: "b" },
          skips: {},
          service: undefined,
        },
      },
    ],
    [
      // The seeded ids only if the endpoint speaks the emulator control API (checks/live.ts):
      // a server that is no emulator was polled for the emulator's operations.
      "an explicit endpoint wins, with the emulator's key and no ids by default",
      {
        given: { CONFORMANCE_ENDPOINT: "https://maps.example.com/", MAPS_SAS_TOKEN: "" },
        want: {
          kind: "endpoint",
          scheme: "subscriptionKey",
          ids: {},
          skips: {
            dataset: "MAPS_DATASET_OPERATION_ID is not set",
            dataRegistry: "MAPS_DATA_REGISTRY_OPERATION_ID is not set",
          },
          service: /--endpoint/,
        },
      },
    ],
  ] as const)("%s", (_name, { given, want }) => {
    const target = resolveTarget(given);
    expect(target.kind).toBe(want.kind);
    expect(target.auth.scheme).toBe(want.scheme);
    expect(target.operationIds).toEqual(want.ids);
    expect(target.skipReasons).toEqual(want.skips);
    if (want.service === undefined) expect(target.serviceSkipped).toBeUndefined();
    else expect(target.serviceSkipped).toMatch(want.service);
  });

  test("an explicit endpoint loses its trailing slash", () => {
    expect(resolveTarget({ CONFORMANCE_ENDPOINT: "https://maps.example.com/" }).endpoint).toBe(
      "https://maps.example.com",
    );
  });

  test.each([
    [
      "MAPS_GEOGRAPHY",
      { MAPS_GEOGRAPHY: "asia" },
      'MAPS_GEOGRAPHY must be "us" or "eu" (got "asia")',
    ],
    [
      "MAPS_ENDPOINT",
      { MAPS_SUBSCRIPTION_KEY: "k", MAPS_ENDPOINT: "ftp://x" },
      "MAPS_ENDPOINT must be an absolute http(s) URL, e.g. https://maps.example.com",
    ],
  ])("a bad %s is named", (_name, env, message) => {
    expect(() => resolveTarget(env)).toThrow(LiveTargetError);
    expect(() => resolveTarget(env)).toThrow(message);
  });

  test("describeTarget never shows a credential", () => {
    const key = "super-secret-subscription-key";
    const text = describeTarget(
      resolveTarget({
        MAPS_SUBSCRIPTION_KEY: key,
        MAPS_ENDPOINT: `https://h/?subscription-key=${key}`,
      }),
    );
    expect(text).toBe("service https://h/?subscription-key=REDACTED (auth: subscriptionKey)");
    expect(describeTarget(resolveTarget({}))).toBe(
      "emulator a local emulator (auth: subscriptionKey)",
    );
    expect(describeTarget(resolveTarget({}))).not.toContain(WELL_KNOWN_CREDENTIALS.subscriptionKey);
  });
});
