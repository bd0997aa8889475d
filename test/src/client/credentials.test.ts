import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isInvalidArgumentError,
  MAPS_SCOPE,
} from "../../../src/index.js";
import { dataset, registry } from "../helpers/answers.js";
import {
  CLIENT_ID,
  DATASET_ID,
  DR_ID,
  KEY,
  RecordingTokenCredential,
  SAS,
} from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";
import { selfSignedCertificate } from "../helpers/tls.js";

describe("key credential", () => {
  const server = useServer();

  it("sends subscription-key as a header (Dataset), no Authorization, the api-version", async () => {
    server().script([dataset("Running")]);
    const client = createDatasetOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
    });
    const response = await client.path("/datasets/operations/{operationId}", DATASET_ID).get();
    expect(response.status).toBe("200");
    const [seen] = server().requests;
    expect(seen?.headers["subscription-key"]).toBe(KEY);
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.target).toBe(`/datasets/operations/${DATASET_ID}?api-version=2.0`);
    expect(seen?.headers["user-agent"]).toContain("azsdk-js-maps-dataset-rest/1.0.0-beta.1");
  });

  it("sends the rotated key after AzureKeyCredential.update (Data Registry)", async () => {
    server().script([registry("Running")]);
    const credential = new AzureKeyCredential(KEY);
    const client = createDataRegistryOperationsClient(credential, {
      endpoint: server().url,
      apiVersion: "2024-01-01-preview",
    });
    const path = client.path("/dataRegistries/operations/{operationId}", DR_ID);
    await path.get();
    credential.update(`${KEY}-rotated`);
    await path.get();
    expect(server().requests.map((r) => r.headers["subscription-key"])).toEqual([
      KEY,
      `${KEY}-rotated`,
    ]);
    expect(server().requests[0]?.target).toBe(
      `/dataRegistries/operations/${DR_ID}?api-version=2024-01-01-preview`,
    );
  });
});

describe("SAS credential", () => {
  const server = useServer();

  it("sends Authorization: jwt-sas and re-reads the signature on every request", async () => {
    server().script([registry("Running")]);
    const credential = new AzureSASCredential(SAS);
    const client = createDataRegistryOperationsClient(credential, { endpoint: server().url });
    const path = client.path("/dataRegistries/operations/{operationId}", DR_ID);
    await path.get();
    credential.update(`${SAS}-renewed`);
    await path.get();
    expect(server().requests.map((r) => r.headers.authorization)).toEqual([
      `jwt-sas ${SAS}`,
      `jwt-sas ${SAS}-renewed`,
    ]);
    expect(server().requests.map((r) => r.headers["subscription-key"])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("token credential", () => {
  const tls = selfSignedCertificate();
  const server = useServer(() => tls);

  it.each([["us"], ["eu"]] as const)(
    "asks for the fixed Maps scope whatever the endpoint (geography %s) and sends x-ms-client-id",
    async (geography) => {
      server().script([dataset("Running")]);
      const credential = new RecordingTokenCredential();
      const client = createDatasetOperationsClient(credential, CLIENT_ID, {
        geography,
        endpoint: server().url,
        agent: tls.agent,
      });
      await client.path("/datasets/operations/{operationId}", DATASET_ID).get();
      expect(credential.scopes).toEqual([[MAPS_SCOPE]]);
      expect(MAPS_SCOPE).toBe("https://atlas.microsoft.com/.default");
      const [seen] = server().requests;
      expect(seen?.headers.authorization).toBe("Bearer test-bearer-token-0123456789");
      expect(seen?.headers["x-ms-client-id"]).toBe(CLIENT_ID);
    },
  );

  it.each([[undefined], [""], ["  "], [{ endpoint: "https://x" }]])(
    "refuses a missing client id (%p) at construction, before any request",
    (clientId) => {
      const credential = new RecordingTokenCredential();
      let error: unknown;
      try {
        // @ts-expect-error the token overload requires a client id
        createDataRegistryOperationsClient(credential, clientId);
      } catch (e) {
        error = e;
      }
      expect(isInvalidArgumentError(error)).toBe(true);
      expect((error as Error).message).toMatch(
        /^mapsAccountClientId must be the Azure Maps account's client id/,
      );
      expect(credential.scopes).toEqual([]);
      expect(server().requests).toEqual([]);
    },
  );

  it("refuses to send a bearer token over plain http, even to loopback (core's rule)", async () => {
    const client = createDatasetOperationsClient(new RecordingTokenCredential(), CLIENT_ID, {
      endpoint: "http://127.0.0.1:9",
    });
    await expect(
      client.path("/datasets/operations/{operationId}", DATASET_ID).get(),
    ).rejects.toThrow("Bearer token authentication is not permitted for non-TLS protected");
  });
});

describe("credential argument", () => {
  it.each([[undefined], [null], ["a-key-string"], [{ token: "x" }]])(
    "refuses %p naming the argument",
    (credential) => {
      expect(() =>
        createDatasetOperationsClient(credential as unknown as AzureKeyCredential),
      ).toThrow(
        /^credential must be an AzureKeyCredential, a TokenCredential or an AzureSASCredential/,
      );
    },
  );

  it("refuses a client id with a key credential", () => {
    expect(() =>
      // @ts-expect-error no client id with a key credential
      createDatasetOperationsClient(new AzureKeyCredential(KEY), CLIENT_ID),
    ).toThrow(/^options must be an object \(a client id is only taken with a TokenCredential\)/);
  });
});
