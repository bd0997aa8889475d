import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isConnectionError,
  isMalformedResponseError,
  isUnexpectedResponseError,
  isWaitTimeoutError,
  waitForOperation,
} from "../../../src/index.js";
import { dataset, datasetSucceeded, fast, registry } from "../helpers/answers.js";
import { DATASET_ID, DR_ID, KEY } from "../helpers/credentials.js";
import { useServer, type Answer } from "../helpers/server.js";

const server = useServer();
const client = (options: object = {}) =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
    endpoint: server().url,
    ...options,
  });

const FAULTS: [string, Answer, (e: unknown) => boolean, string][] = [
  [
    "429 with Retry-After 0",
    {
      status: 429,
      headers: { "retry-after": "0" },
      body: { error: { code: "TooManyRequests", message: "slow down" } },
    },
    isUnexpectedResponseError,
    "HTTP 429 TooManyRequests",
  ],
  [
    "500",
    { status: 500, body: { error: { code: "InternalServerError", message: "oops" } } },
    isUnexpectedResponseError,
    "HTTP 500 InternalServerError",
  ],
  [
    "502",
    { status: 502, raw: "Bad Gateway", headers: { "content-type": "text/plain" } },
    isUnexpectedResponseError,
    "HTTP 502",
  ],
  [
    "503 with Retry-After 0",
    { status: 503, headers: { "retry-after": "0" } },
    isUnexpectedResponseError,
    "HTTP 503",
  ],
  ["504", { status: 504 }, isUnexpectedResponseError, "HTTP 504"],
  ["a connection reset", "reset", isConnectionError, "got no answer from"],
  [
    "malformed JSON",
    { status: 200, headers: { "content-type": "application/json" }, raw: '{"status": "Runn' },
    isMalformedResponseError,
    "the body is not valid JSON",
  ],
  [
    "a text/plain body",
    { status: 200, headers: { "content-type": "text/plain" }, raw: "Running" },
    isMalformedResponseError,
    "the body is not a JSON object",
  ],
  [
    "a body without status",
    { status: 200, body: { id: DR_ID } },
    isMalformedResponseError,
    "the body has no string `status`",
  ],
  [
    "a body about another operation",
    { status: 200, body: { id: "00000000-0000-0000-0000-000000000000", status: "Completed" } },
    isMalformedResponseError,
    "the body's `id` is not the operation polled",
  ],
];

describe.each(FAULTS)("transient fault: %s", (_name, fault, guard, text) => {
  it("is retried once and the wait goes on: exactly one extra request", async () => {
    server().script([
      registry("Running", "0"),
      fault,
      registry("Running", "0"),
      registry("Completed"),
    ]);
    const result = await waitForOperation(client(), DR_ID, fast);
    expect(result.polls).toBe(4);
    expect(server().requests).toHaveLength(4);
  });

  it("is reported as its typed error after maxRetries, with the number of attempts", async () => {
    server().script([fault]);
    const thrown = await waitForOperation(client(), DR_ID, { ...fast, maxRetries: 2 }).catch(
      (e: unknown) => e,
    );
    expect(guard(thrown)).toBe(true);
    expect((thrown as { attempts: number }).attempts).toBe(3);
    expect((thrown as Error).message).toContain(text);
    expect((thrown as Error).message).toContain(`"${DR_ID}"`);
    expect(server().requests).toHaveLength(3);
  });
});

describe("who retries", () => {
  it("the waiter alone: core's retry policy is off for its polls (one 503 → two requests)", async () => {
    server().script([{ status: 503 }, registry("Completed")]);
    await waitForOperation(
      client({ retryOptions: { maxRetries: 3, retryDelayInMs: 1 } }),
      DR_ID,
      fast,
    );
    expect(server().requests).toHaveLength(2);
  });

  it("core's retry policy still serves direct calls (503 → 1 + maxRetries requests)", async () => {
    server().script([{ status: 503 }]);
    const direct = client({
      retryOptions: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 },
    });
    const response = await direct.path("/dataRegistries/operations/{operationId}", DR_ID).get();
    expect(response.status).toBe("503");
    expect(server().requests).toHaveLength(3);
  });

  it("the marker header never reaches the server", async () => {
    server().script([registry("Completed")]);
    await waitForOperation(client(), DR_ID, fast);
    expect(
      Object.keys(server().requests[0]!.headers).filter((h) => h.startsWith("x-maps")),
    ).toEqual([]);
  });

  it("consecutive failures are counted afresh after a good poll", async () => {
    server().script([
      { status: 500 },
      { status: 500 },
      registry("Running", "0"),
      { status: 500 },
      { status: 500 },
      registry("Completed"),
    ]);
    const result = await waitForOperation(client(), DR_ID, { ...fast, maxRetries: 2 });
    expect(result.polls).toBe(6);
  });
});

describe("Dataset-specific malformed answers", () => {
  const datasetClient = () =>
    createDatasetOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });

  it.each([
    ["no Resource-Location", dataset("Succeeded")],
    ["a relative Resource-Location", dataset("Succeeded", { "resource-location": "/datasets/x" })],
    [
      "a Resource-Location not ending in /datasets/{id}",
      dataset("Succeeded", { "resource-location": "https://h/other/x" }),
    ],
  ])("Succeeded with %s is retried, then reported", async (_name, answer) => {
    server().script([answer, datasetSucceeded("abc")]);
    const result = await waitForOperation(datasetClient(), DATASET_ID, fast);
    expect([result.datasetId, result.polls]).toEqual(["abc", 2]);

    server().requests.length = 0;
    server().script([answer]);
    const thrown = await waitForOperation(datasetClient(), DATASET_ID, {
      ...fast,
      maxRetries: 1,
    }).catch((e: unknown) => e);
    expect(isMalformedResponseError(thrown) && thrown.reason).toBe(
      "Succeeded without a Resource-Location URL ending in /datasets/{datasetId}",
    );
    expect(server().requests).toHaveLength(2);
  });
});

describe("hanging server", () => {
  it("a request longer than requestTimeoutMs is a transient fault (ConnectionError RequestTimeout)", async () => {
    server().script(["hang"]);
    const thrown = await waitForOperation(client(), DR_ID, {
      ...fast,
      requestTimeoutMs: 300,
      maxRetries: 1,
    }).catch((e: unknown) => e);
    expect(isConnectionError(thrown) && [thrown.reason, thrown.attempts]).toEqual([
      "RequestTimeout",
      2,
    ]);
    expect(server().requests).toHaveLength(2);
  });

  it("maxWaitMs stops the request in flight with WaitTimeoutError", async () => {
    server().script(["hang"]);
    const thrown = await waitForOperation(client(), DR_ID, { ...fast, maxWaitMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(isWaitTimeoutError(thrown) && [thrown.polls, thrown.lastStatus]).toEqual([1, undefined]);
    expect(server().requests).toHaveLength(1);
  });
});
