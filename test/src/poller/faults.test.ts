import { AzureKeyCredential } from "@azure/core-auth";
import { isRestError } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isOperationTimeoutError,
  REST_ERROR_CODES,
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

/** A RestError with this code (and HTTP status, when there was an answer). */
const restError =
  (code: string, statusCode?: number) =>
  (e: unknown): boolean =>
    isRestError(e) && e.code === code && e.statusCode === statusCode;

const FAULTS: [string, Answer, (e: unknown) => boolean, string][] = [
  [
    "429 with Retry-After 0",
    {
      status: 429,
      headers: { "retry-after": "0" },
      body: { error: { code: "TooManyRequests", message: "slow down" } },
    },
    restError("TooManyRequests", 429),
    "HTTP 429 TooManyRequests",
  ],
  [
    "500",
    { status: 500, body: { error: { code: "InternalServerError", message: "oops" } } },
    restError("InternalServerError", 500),
    "HTTP 500 InternalServerError",
  ],
  [
    "502",
    { status: 502, raw: "Bad Gateway", headers: { "content-type": "text/plain" } },
    restError(REST_ERROR_CODES.unexpectedStatus, 502),
    "HTTP 502",
  ],
  [
    "503 with Retry-After 0",
    { status: 503, headers: { "retry-after": "0" } },
    restError(REST_ERROR_CODES.unexpectedStatus, 503),
    "HTTP 503",
  ],
  ["504", { status: 504 }, restError(REST_ERROR_CODES.unexpectedStatus, 504), "HTTP 504"],
  ["a connection reset", "reset", restError("ECONNRESET"), "got no answer from"],
  [
    "malformed JSON",
    { status: 200, headers: { "content-type": "application/json" }, raw: '{"status": "Runn' },
    restError(REST_ERROR_CODES.malformed, 200),
    "the body is not valid JSON",
  ],
  [
    "a text/plain body",
    { status: 200, headers: { "content-type": "text/plain" }, raw: "Running" },
    restError(REST_ERROR_CODES.malformed, 200),
    "the body is not a JSON object",
  ],
  [
    "a body without status",
    { status: 200, body: { id: DR_ID } },
    restError(REST_ERROR_CODES.malformed, 200),
    "the body has no string `status`",
  ],
  [
    "a body about another operation",
    { status: 200, body: { id: "00000000-0000-0000-0000-000000000000", status: "Completed" } },
    restError(REST_ERROR_CODES.malformed, 200),
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

  it("is thrown as a RestError after maxRetries, naming the operation", async () => {
    server().script([fault]);
    const thrown = await waitForOperation(client(), DR_ID, { ...fast, maxRetries: 2 }).catch(
      (e: unknown) => e,
    );
    expect(guard(thrown)).toBe(true);
    expect((thrown as Error).message).toContain(text);
    expect((thrown as Error).message).toContain(`"${DR_ID}"`);
    expect(server().requests).toHaveLength(3);
  });
});

describe("who retries", () => {
  it("the poller alone: core's retry policy is off for its polls (one 503 → two requests)", async () => {
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

  it("no marker reaches the server: the request carries only core's usual headers", async () => {
    server().script([registry("Completed")]);
    await waitForOperation(client(), DR_ID, fast);
    expect(Object.keys(server().requests[0]!.headers).sort()).toEqual([
      "accept",
      "accept-encoding",
      "connection",
      "host",
      "subscription-key",
      "user-agent",
      "x-ms-client-request-id",
    ]);
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
    expect(restError(REST_ERROR_CODES.malformed, 200)(thrown)).toBe(true);
    expect((thrown as Error).message).toContain(
      "Succeeded without a Resource-Location URL ending in /datasets/{datasetId}",
    );
    expect(server().requests).toHaveLength(2);
  });
});

describe("hanging server", () => {
  it("a request longer than requestTimeoutInMs is a failed poll (RestError RequestTimeout)", async () => {
    server().script(["hang"]);
    const thrown = await waitForOperation(client(), DR_ID, {
      ...fast,
      requestTimeoutInMs: 300,
      maxRetries: 1,
    }).catch((e: unknown) => e);
    expect(restError(REST_ERROR_CODES.timeout)(thrown)).toBe(true);
    expect((thrown as Error).message).toContain("no answer within 300 ms");
    expect(server().requests).toHaveLength(2);
  });

  it("maxWaitInMs stops the request in flight with OperationTimeoutError", async () => {
    server().script(["hang"]);
    const thrown = await waitForOperation(client(), DR_ID, { ...fast, maxWaitInMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(isOperationTimeoutError(thrown) && [thrown.polls, thrown.lastStatus]).toEqual([
      0,
      undefined,
    ]);
    expect(server().requests).toHaveLength(1);
  });
});
