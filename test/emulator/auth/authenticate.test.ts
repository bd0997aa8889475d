import { WELL_KNOWN_CREDENTIALS as WK } from "../../../emulator/credentials.js";
import type { ApiName } from "../../../emulator/apis/api-name.js";
import { dataRegistryApi } from "../../../emulator/apis/data-registry.js";
import { datasetApi } from "../../../emulator/apis/dataset.js";
import { authenticate } from "../../../emulator/auth/authenticate.js";
import { UnauthorizedError } from "../../../emulator/errors/api-errors.js";
import { parsePlainTarget } from "../../../emulator/http/parse-url.js";
import { startEmulator } from "../../../emulator/server.js";
import { send } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";
import { specViolations } from "../helpers/spec-validator.js";

const emulator = useEmulator();
const DATASET = "/datasets/operations/8b1288fa-1958-4a2b-b68e-13a7i5af7d7c?api-version=2.0";
const REGISTRY =
  "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01";
const PATHS: Record<ApiName, string> = { dataset: DATASET, dataRegistry: REGISTRY };

type Case = [
  string,
  { api: ApiName; query?: string; headers?: Record<string, string>; want: number },
];

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cases: Case[] = [];
for (const api of ["dataset", "dataRegistry"] as const) {
  cases.push(
    [
      `${api}: subscription-key header`,
      { api, headers: { "subscription-key": WK.subscriptionKey }, want: 200 },
    ],
    [
      `${api}: bearer token with x-ms-client-id`,
      { api, headers: { ...bearer(WK.bearerToken), "x-ms-client-id": WK.clientId }, want: 200 },
    ],
    [
      `${api}: bearer scheme is case-insensitive`,
      {
        api,
        headers: { authorization: `bearer ${WK.bearerToken}`, "x-ms-client-id": "x" },
        want: 200,
      },
    ],
    [
      `${api}: jwt-sas token`,
      { api, headers: { authorization: `jwt-sas ${WK.sasToken}` }, want: 200 },
    ],
    [`${api}: no credential`, { api, want: 401 }],
    [`${api}: wrong subscription key`, { api, headers: { "subscription-key": "nope" }, want: 401 }],
    [`${api}: empty subscription key`, { api, headers: { "subscription-key": "" }, want: 401 }],
    [
      `${api}: bearer token without x-ms-client-id`,
      { api, headers: bearer(WK.bearerToken), want: 401 },
    ],
    [
      `${api}: bearer token with a blank x-ms-client-id`,
      { api, headers: { ...bearer(WK.bearerToken), "x-ms-client-id": " " }, want: 401 },
    ],
    [
      `${api}: wrong bearer token`,
      { api, headers: { ...bearer("nope"), "x-ms-client-id": WK.clientId }, want: 401 },
    ],
    [`${api}: wrong SAS token`, { api, headers: { authorization: "jwt-sas nope" }, want: 401 }],
    [
      `${api}: unknown Authorization scheme`,
      { api, headers: { authorization: `Basic ${WK.sasToken}` }, want: 401 },
    ],
    [
      `${api}: Authorization without a value`,
      { api, headers: { authorization: "Bearer" }, want: 401 },
    ],
  );
}
cases.push(
  [
    "dataset: subscription-key in the query, as its document says",
    { api: "dataset", query: `&subscription-key=${WK.subscriptionKey}`, want: 200 },
  ],
  [
    "dataset: wrong subscription-key in the query",
    { api: "dataset", query: "&subscription-key=nope", want: 401 },
  ],
  [
    "dataRegistry: subscription-key in the query is refused (header only)",
    { api: "dataRegistry", query: `&subscription-key=${WK.subscriptionKey}`, want: 401 },
  ],
);

describe("authentication", () => {
  it.each(cases)("%s", async (_, { api, query, headers, want }) => {
    const answer = await send(`${emulator().url}${PATHS[api]}${query ?? ""}`, { headers });
    expect(answer.status).toBe(want);
    expect(specViolations(api, answer)).toEqual([]);
    if (want === 401) {
      expect(JSON.parse(answer.text)).toEqual({
        error: { code: "Unauthorized", message: expect.any(String) },
      });
      expect(answer.headers["x-ms-error-code"]).toBe(
        api === "dataRegistry" ? "Unauthorized" : undefined,
      );
    }
  });

  it("never repeats a credential in an error message", async () => {
    const secret = "s3cret-value-that-must-not-leak";
    const answers = await Promise.all([
      send(`${emulator().url}${DATASET}&subscription-key=${secret}`),
      send(`${emulator().url}${REGISTRY}`, { headers: { authorization: `Bearer ${secret}` } }),
      send(`${emulator().url}${REGISTRY}`, { headers: { authorization: `jwt-sas ${secret}` } }),
    ]);
    for (const answer of answers) expect(answer.text).not.toContain(secret);
  });
});

describe("configured credentials", () => {
  it("accepts exactly the configured ones, '*' for any, and none for an empty list", async () => {
    const custom = await startEmulator({
      credentials: {
        subscriptionKeys: ["k1", "k2"],
        bearerTokens: ["*"],
        sasTokens: [],
        clientIds: ["acct"],
      },
    });
    try {
      const status = async (headers: Record<string, string>) =>
        (await send(`${custom.url}${REGISTRY}`, { headers })).status;
      expect(await status({ "subscription-key": "k2" })).toBe(200);
      expect(await status({ "subscription-key": WK.subscriptionKey })).toBe(401);
      expect(await status({ authorization: "Bearer anything", "x-ms-client-id": "acct" })).toBe(
        200,
      );
      expect(await status({ authorization: "Bearer anything", "x-ms-client-id": "other" })).toBe(
        401,
      );
      expect(await status({ authorization: `jwt-sas ${WK.sasToken}` })).toBe(401);
    } finally {
      await custom.close();
    }
  });
});

describe("authenticate, called directly", () => {
  const api = dataRegistryApi;
  const noQuery = new URLSearchParams();
  const credentials = (subscriptionKeys: readonly string[]) =>
    ({ subscriptionKeys, bearerTokens: [], sasTokens: [], clientIds: [] }) as const;
  const accepted = (list: readonly string[], key: string): boolean => {
    try {
      authenticate(api, { "subscription-key": key }, noQuery, credentials(list));
      return true;
    } catch (error) {
      if (error instanceof UnauthorizedError) return false;
      throw error;
    }
  };

  it("gives the same verdicts on every request", () => {
    const list = Object.freeze(["k1", "k2"]);
    for (let i = 0; i < 3; i += 1) {
      expect([accepted(list, "k1"), accepted(list, "k2"), accepted(list, "k3")]).toEqual([
        true,
        true,
        false,
      ]);
      expect([accepted(list, "k"), accepted(list, "k10"), accepted(list, "")]).toEqual([
        false,
        false,
        false,
      ]);
    }
  });

  it("'*' anywhere in a list accepts any non-empty value", () => {
    const list = Object.freeze(["k1", "*"]);
    expect([accepted(list, "anything"), accepted(list, "k1"), accepted(list, "")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("reads the list on every request", () => {
    const list = ["k1"];
    expect(accepted(list, "k1")).toBe(true);
    list[0] = "k2";
    expect([accepted(list, "k1"), accepted(list, "k2")]).toEqual([false, true]);
  });

  it("takes the query from a plain target as from a URL", () => {
    const query = parsePlainTarget(`${DATASET}&subscription-key=k1`)?.searchParams;
    expect(query).toBeDefined();
    expect(() =>
      authenticate(datasetApi, {}, query ?? noQuery, credentials(Object.freeze(["k1"]))),
    ).not.toThrow();
    expect(() =>
      authenticate(datasetApi, {}, query ?? noQuery, credentials(Object.freeze(["k2"]))),
    ).toThrow(UnauthorizedError);
  });

  it("tells apart values that share a prefix, a length, or a repetition", () => {
    const list = Object.freeze(["abcabc"]);
    expect(
      ["abcabc", "abc", "abcabcabc", "abcabd", "xbcabc", "ABCABC", "abcab\u0000"].map((key) =>
        accepted(list, key),
      ),
    ).toEqual([true, false, false, false, false, false, false]);
  });

  it("accepts exactly the configured value, beyond ASCII too", () => {
    const list = Object.freeze(["clé-€"]);
    expect([accepted(list, "clé-€"), accepted(list, "cle-€"), accepted(list, "clé-")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
