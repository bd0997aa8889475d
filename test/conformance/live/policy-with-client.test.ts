/**
 * The validation policy inside this package's own client, as the README wires it: the two
 * together must keep what the client promises alone.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createMemorySink, createValidationPolicy } from "../../../conformance/live/index.js";
import { createValidator } from "../../../conformance/validator/index.js";
import { createDataRegistryOperationsClient, getOperationStatus } from "../../../src/index.js";

const ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";
const KEY = "SeCrEt-subscription-key-0123";
const HUGE = 64 * 1024 * 1024;
const HUGE_ID = "11111111-1111-4111-8111-111111111111";
const CUT_ID = "22222222-2222-4222-8222-222222222222";

let server: Server;
let endpoint: string;
let sentBytes = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.includes(CUT_ID)) {
      const text = JSON.stringify({ id: CUT_ID, status: "Running" });
      res.writeHead(200, { "content-type": "application/json", "content-length": text.length });
      res.write(text.slice(0, 10));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (req.url?.includes(HUGE_ID)) {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const write = (): void => {
        while (sentBytes < HUGE && res.write(chunk)) sentBytes += chunk.length;
        if (sentBytes < HUGE) res.once("drain", write);
        else res.end();
      };
      res.on("close", () => res.removeAllListeners("drain"));
      write();
      return;
    }
    // A map whose key is the secret, echoed back: the record's pointer names it.
    res.writeHead(200, { "content-type": "application/json", "retry-after": "1" });
    res.end(
      JSON.stringify({ id: ID, status: "Running", error: { code: "c", message: "m", [KEY]: 1 } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function clientWithPolicy(sink = createMemorySink()) {
  const policy = createValidationPolicy(createValidator(), { sink, secrets: [KEY] });
  const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
    endpoint,
    additionalPolicies: [{ policy, position: "perRetry" }],
    retryOptions: { maxRetries: 0 },
  });
  return { client, sink };
}

// Regression: the policy streamed the body for itself, which the client's 4 MiB limit took for a
// caller's own stream and left alone; the policy then read 64 MiB, or threw ERR_STRING_TOO_LONG.
test("the client's body limit still holds with the policy in its pipeline", async () => {
  const { client } = clientWithPolicy();
  const error = await client
    .path("/dataRegistries/operations/{operationId}", HUGE_ID)
    .get()
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toMatchObject({ name: "RestError", code: "MalformedResponse" });
  expect(sentBytes).toBeLessThan(HUGE);
});

test("a conforming answer still reaches the caller whole, and is validated", async () => {
  const { client, sink } = clientWithPolicy();
  const status = await getOperationStatus(client, ID);
  expect(status.status).toBe("Running");
  expect(sink.exchanges.map((e) => e.outcome)).toEqual(["validated"]);
});

// Regression: only messages and URLs were redacted; a key echoed as a property name stayed in
// the record's pointer. A user's own spec with a map of integers makes that name a pointer.
test("no record holds the secret, in its pointer either", async () => {
  const spec = path.join(mkdtempSync(path.join(tmpdir(), "policy-secret-")), "spec.json");
  writeFileSync(
    spec,
    JSON.stringify({
      swagger: "2.0",
      info: { title: "t", version: "1" },
      produces: ["application/json"],
      paths: {
        "/dataRegistries/operations/{operationId}": {
          get: {
            operationId: "Mine_Get",
            parameters: [{ name: "operationId", in: "path", required: true, type: "string" }],
            responses: {
              "200": {
                description: "ok",
                schema: {
                  type: "object",
                  properties: {
                    error: { type: "object", additionalProperties: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
    }),
  );
  const sink = createMemorySink();
  const policy = createValidationPolicy(createValidator([spec]), { sink, secrets: [KEY] });
  const client = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
    endpoint,
    additionalPolicies: [{ policy, position: "perRetry" }],
    retryOptions: { maxRetries: 0 },
  });
  await getOperationStatus(client, ID).catch(() => undefined);
  const pointers = sink.violations().map((v) => v.pointer);
  expect(pointers).toEqual(["/error/REDACTED"]);
  expect(JSON.stringify(sink.exchanges).toLowerCase()).not.toContain(KEY.toLowerCase());
});

// Regression: with the policy, a body that broke off gave the caller another error (PARSE_ERROR,
// no status) than without it; and with the client's body limit in front, nothing was recorded.
test("a body that breaks off: the caller's error is the client's own, the record the validator's", async () => {
  const cut = (client: ReturnType<typeof clientWithPolicy>["client"]) =>
    client
      .path("/dataRegistries/operations/{operationId}", CUT_ID)
      .get()
      .then(
        () => undefined,
        (e: unknown) => e as { name?: string; code?: string; statusCode?: number },
      );
  const bare = createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
    endpoint,
    retryOptions: { maxRetries: 0 },
  });
  const without = await cut(bare);
  const { client, sink } = clientWithPolicy();
  const withPolicy = await cut(client);
  expect(withPolicy).toMatchObject({
    name: without?.name,
    code: without?.code,
    statusCode: without?.statusCode,
  });
  expect(sink.violations().map((v) => v.code)).toEqual(["JSON_PARSING_ERROR"]);
});
