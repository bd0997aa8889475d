import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { request } from "node:https";
import { promisify } from "node:util";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  waitForOperation,
} from "../../../src/index.js";
import {
  WELL_KNOWN_CREDENTIALS,
  WELL_KNOWN_TOKEN_CREDENTIAL,
} from "../../../emulator/credentials.js";
import { runLoad } from "../../../emulator/load.js";
import { startEmulator } from "../../../emulator/server.js";
import { useEmulator } from "../helpers/start.js";

// Only the well-known token, and only the well-known client id: a client that leaves either
// out is refused, so a 200 proves both were sent.
const emulator = useEmulator({
  https: true,
  credentials: { clientIds: [WELL_KNOWN_CREDENTIALS.clientId] },
});
const WAIT = { intervalInMs: 1, minIntervalInMs: 1 };
const clientOptions = () => ({
  endpoint: emulator().url,
  tlsOptions: { ca: emulator().ca },
  retryOptions: { maxRetries: 0 },
});

/** A GET with node:https, trusting `ca` (or only the usual CAs when undefined). */
function get(url: string, ca: string | undefined, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { ca, headers, agent: false }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("startEmulator({ https: true })", () => {
  it("serves https on 127.0.0.1 and writes its CA where NODE_EXTRA_CA_CERTS can read it", () => {
    expect(emulator().url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator().ca).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(readFileSync(emulator().caFile!, "utf8")).toBe(emulator().ca);
  });

  it("is refused by a client that does not trust its CA", async () => {
    await expect(get(`${emulator().url}/_emulator`, undefined)).rejects.toMatchObject({
      code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    });
  });

  it("is trusted by a Node process started with NODE_EXTRA_CA_CERTS", async () => {
    const script = `fetch(${JSON.stringify(`${emulator().url}/_emulator`)}).then((r) => process.exit(r.status === 200 ? 0 : 1))`;
    const run = promisify(execFile)(process.execPath, ["-e", script], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator().caFile },
    });
    await expect(run).resolves.toBeDefined();
  });

  it("states https in the URLs it hands out", async () => {
    const view = emulator().createOperation({ api: "dataset", steps: [] });
    expect(view.url.startsWith(`${emulator().url}/datasets/operations/`)).toBe(true);
    const answer = await get(view.url, emulator().ca, {
      "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey,
    });
    expect(answer.status).toBe(200);
  });

  it("takes control requests from its own https origin only", async () => {
    const post = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${emulator().url}/_emulator/reset`,
          { method: "POST", ca: emulator().ca, headers: { origin }, agent: false },
          (response) => (response.resume(), resolve(response.statusCode ?? 0)),
        );
        req.on("error", reject);
        req.end();
      });
    expect(await post(`https://localhost:${emulator().port}`)).toBe(204);
    expect(await post(`http://localhost:${emulator().port}`)).toBe(403);
  });

  it("answers a load over https without errors", async () => {
    const report = await runLoad(emulator(), { clients: 4, durationMs: 100 });
    expect([report.errors, report.requests > 0]).toEqual([0, true]);
  });
});

describe("the library with a token credential, over https", () => {
  it("gets a Dataset operation and waits for it", async () => {
    const client = createDatasetOperationsClient(
      WELL_KNOWN_TOKEN_CREDENTIAL,
      WELL_KNOWN_CREDENTIALS.clientId,
      clientOptions(),
    );
    const { id } = emulator().createOperation({ api: "dataset" });
    const first = await client.path("/datasets/operations/{operationId}", id).get();
    expect([first.status, first.body]).toEqual([
      "200",
      expect.objectContaining({ status: "NotStarted" }),
    ]);
    const result = await waitForOperation(client, id, WAIT);
    expect(result).toMatchObject({ status: "Succeeded", operationId: id });
    expect(result.resourceLocation?.startsWith(`${emulator().url}/datasets/`)).toBe(true);
  });

  it("gets a Data Registry operation and waits for it", async () => {
    const client = createDataRegistryOperationsClient(
      WELL_KNOWN_TOKEN_CREDENTIAL,
      WELL_KNOWN_CREDENTIALS.clientId,
      clientOptions(),
    );
    const { id } = emulator().createOperation({ api: "dataRegistry", retryAfter: 0 });
    const result = await waitForOperation(client, id, WAIT);
    expect(result).toMatchObject({ status: "Completed", operationId: id });
    expect(
      emulator()
        .operations()
        .find((o) => o.id === id)?.polls,
    ).toBe(2);
  });

  it("is refused (401) with a token the emulator does not accept", async () => {
    const stranger = {
      getToken: async () => ({
        token: "not-the-well-known-token",
        expiresOnTimestamp: Date.now() + 60_000,
      }),
    };
    const client = createDatasetOperationsClient(
      stranger,
      WELL_KNOWN_CREDENTIALS.clientId,
      clientOptions(),
    );
    const answer = await client
      .path("/datasets/operations/{operationId}", "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c")
      .get();
    expect([answer.status, answer.body]).toEqual([
      "401",
      { error: { code: "Unauthorized", message: "The bearer token is not accepted." } },
    ]);
  });

  it("is refused (401) with the well-known token but another client id", async () => {
    const client = createDataRegistryOperationsClient(
      WELL_KNOWN_TOKEN_CREDENTIAL,
      "someone-else",
      clientOptions(),
    );
    const answer = await client
      .path("/dataRegistries/operations/{operationId}", "0522b4fe-0539-4c6c-ba70-e35ec865d8e2")
      .get();
    expect(answer.status).toBe("401");
  });
});

describe("close()", () => {
  it("removes the CA file it wrote to a temporary directory", async () => {
    const own = await startEmulator({ https: true });
    const file = own.caFile!;
    expect(existsSync(file)).toBe(true);
    await own.close();
    expect(existsSync(file)).toBe(false);
  });
});

describe("faults over https", () => {
  it("regression: reset over TLS answered HTTP 500 (resetAndDestroy throws on a TLS socket); now the connection ends with no answer", async () => {
    const op = emulator().createOperation({ api: "dataRegistry", retryAfter: 0, steps: [] });
    emulator().addOperationFaults(op.id, { kind: "reset", count: 1 });
    const path = `/dataRegistries/operations/${op.id}?api-version=2023-06-01`;
    const headers = { "subscription-key": WELL_KNOWN_CREDENTIALS.subscriptionKey };
    await expect(get(`${emulator().url}${path}`, emulator().ca, headers)).rejects.toMatchObject({
      code: expect.stringMatching(/^(ECONNRESET|EPIPE)$/),
    });
    // The fault was spent: the next request is answered.
    expect((await get(`${emulator().url}${path}`, emulator().ca, headers)).status).toBe(200);
  });
});
