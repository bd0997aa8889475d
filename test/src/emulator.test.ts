import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import { isRestError } from "@azure/core-rest-pipeline";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type RunningEmulator,
} from "../../emulator/index.js";
import type { FaultRuleInput } from "../../emulator/index.js";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isOperationFailedError,
  isOperationTimeoutError,
  REST_ERROR_CODES,
  waitForOperation,
} from "../../src/index.js";
import { fast } from "./helpers/answers.js";

/** waitForOperation against the project's emulator: every timeline kind, every fault. */
let emulator: RunningEmulator;
let lines: string[] = [];
/** Requests the emulator logged for one operation (a late line from an earlier test cannot count). */
const requestsFor = (id: string) =>
  lines.filter((line) => line.includes(`/operations/${id}?`)).length;
beforeAll(async () => {
  emulator = await startEmulator({ seed: true, log: (line) => lines.push(line) });
});
beforeEach(() => {
  emulator.reset();
  lines = [];
});
afterAll(() => emulator.close());

const datasetClient = () =>
  createDatasetOperationsClient(new AzureKeyCredential(WELL_KNOWN_CREDENTIALS.subscriptionKey), {
    endpoint: emulator.url,
  });
const registryClient = () =>
  createDataRegistryOperationsClient(new AzureSASCredential(WELL_KNOWN_CREDENTIALS.sasToken), {
    endpoint: emulator.url,
  });

describe("timelines", () => {
  it("the seeded Dataset operation: NotStarted, Running ×2, Succeeded with its datasetId", async () => {
    const statuses: string[] = [];
    const result = await waitForOperation(datasetClient(), "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c", {
      ...fast,
      onProgress: (p) => statuses.push(p.status),
    });
    expect(statuses).toEqual(["NotStarted", "Running", "Running", "Succeeded"]);
    expect(result.datasetId).toBe("3e36b996-f6d1-b068-0fcb-dd6b014c3447");
    expect(result.resourceLocation).toBe(
      `${emulator.url}/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0`,
    );
    expect(requestsFor("8b1288fa-1958-4a2b-b68e-13a7i5af7d7c")).toBe(4);
  });

  it("the seeded Data Registry operation honours its Retry-After 10 (one poll, then the budget ends)", async () => {
    const thrown = await waitForOperation(
      registryClient(),
      "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
      {
        ...fast,
        maxWaitInMs: 2000,
      },
    ).catch((e: unknown) => e);
    expect(isOperationTimeoutError(thrown) && [thrown.lastStatus, thrown.polls]).toEqual([
      "Running",
      1,
    ]);
    expect(requestsFor("0522b4fe-0539-4c6c-ba70-e35ec865d8e2")).toBe(1);
  });

  it.each([
    ["default steps (Dataset)", { api: "dataset" as const }, "Succeeded", 3],
    [
      "default steps (Data Registry)",
      { api: "dataRegistry" as const, retryAfter: 0 },
      "Completed",
      2,
    ],
    [
      "counted in polls",
      { api: "dataRegistry" as const, retryAfter: 0, steps: [{ status: "Running", polls: 4 }] },
      "Completed",
      5,
    ],
    ["no pending step", { api: "dataset" as const, steps: [] }, "Succeeded", 1],
  ])("%s", async (_name, input, status, polls) => {
    const op = emulator.createOperation(input);
    const client = input.api === "dataset" ? datasetClient() : registryClient();
    const result = await waitForOperation(client as never, op.id, fast);
    expect([(result as { status: string }).status, (result as { polls: number }).polls]).toEqual([
      status,
      polls,
    ]);
    expect(requestsFor(op.id)).toBe(polls);
  });

  it("timed in ms: polls until the step is over", async () => {
    const op = emulator.createOperation({
      api: "dataRegistry",
      retryAfter: 0,
      steps: [{ status: "Running", ms: 100 }],
    });
    const result = await waitForOperation(registryClient(), op.id, {
      ...fast,
      minIntervalInMs: 20,
    });
    expect(result.status).toBe("Completed");
    expect(result.polls).toBe(requestsFor(op.id));
  });

  it.each([["dataset" as const], ["dataRegistry" as const]])(
    "%s Failed outcome → OperationFailedError",
    async (api) => {
      const error = { code: "InvalidPackage", message: "The package is not valid." };
      const op = emulator.createOperation({
        api,
        retryAfter: 0,
        outcome: { status: "Failed", error },
      });
      const client = api === "dataset" ? datasetClient() : registryClient();
      const thrown = await waitForOperation(client as never, op.id, fast).catch((e: unknown) => e);
      expect(
        isOperationFailedError(thrown) && [
          thrown.operationId,
          thrown.serviceCode,
          thrown.error?.message,
        ],
      ).toEqual([op.id, "InvalidPackage", "The package is not valid."]);
    },
  );

  it("an unknown operation → a RestError 404 after one request", async () => {
    const thrown = await waitForOperation(
      registryClient(),
      "00000000-0000-0000-0000-000000000001",
      fast,
    ).catch((e: unknown) => e);
    expect(isRestError(thrown) && thrown.statusCode).toBe(404);
    expect(requestsFor("00000000-0000-0000-0000-000000000001")).toBe(1);
  });
});

type Guard = (e: unknown) => boolean;
const httpError = (status: number) => (e: unknown) => isRestError(e) && e.statusCode === status;
const withCode = (code: string) => (e: unknown) => isRestError(e) && e.code === code;
const FAULTS: [string, FaultRuleInput, Guard][] = [
  ["throttle", { kind: "throttle", retryAfter: 0 }, httpError(429)],
  ["serverError", { kind: "serverError" }, httpError(500)],
  ["unavailable", { kind: "unavailable", retryAfter: 0 }, httpError(503)],
  ["reset", { kind: "reset" }, withCode("ECONNRESET")],
  ["hang", { kind: "hang" }, withCode(REST_ERROR_CODES.timeout)],
  ["truncatedBody", { kind: "truncatedBody" }, (e) => isRestError(e) && e.code !== undefined],
  ["nonJsonBody", { kind: "nonJsonBody" }, withCode(REST_ERROR_CODES.malformed)],
  [
    "wrongContentType text/plain",
    { kind: "wrongContentType", contentType: "text/plain" },
    withCode(REST_ERROR_CODES.malformed),
  ],
  [
    "missingProperty status",
    { kind: "missingProperty", property: "status" },
    withCode(REST_ERROR_CODES.malformed),
  ],
  ["wrongType", { kind: "wrongType" }, withCode(REST_ERROR_CODES.malformed)],
  [
    "badHeader (Dataset Resource-Location)",
    { kind: "badHeader" },
    withCode(REST_ERROR_CODES.malformed),
  ],
  [
    // The emulator respells the status in lower case; the waiter matches statuses exactly, so
    // "succeeded" is an unknown (still pending) status and the wait ends at its budget.
    "wrongEnum (a respelled status never ends)",
    { kind: "wrongEnum" },
    (e) => isOperationTimeoutError(e) && e.lastStatus === "succeeded",
  ],
  [
    "latency beyond requestTimeoutInMs",
    { kind: "latency", ms: 5000 },
    withCode(REST_ERROR_CODES.timeout),
  ],
];
/** Faults that spoil the Running answer without stopping its poll from counting as a status. */
const MUTATES_PENDING_POLL = new Set([
  "truncatedBody",
  "nonJsonBody",
  "wrongContentType",
  "missingProperty",
  "wrongType",
  "badHeader",
  "wrongEnum",
]);
const options = { ...fast, maxRetries: 2, requestTimeoutInMs: 300, maxWaitInMs: 1500 };

describe.each(FAULTS)("fault %s", (_name, fault, guard) => {
  it("once: survived, exactly one extra request (or none for a mutating fault on a pending poll)", async () => {
    const op = emulator.createOperation({
      api: "dataset",
      steps: [{ status: "Running", polls: 1 }],
    });
    emulator.addOperationFaults(op.id, { ...fault, count: 1 });
    const result = await waitForOperation(datasetClient(), op.id, {
      ...options,
      maxWaitInMs: 10_000,
    });
    expect(result.status).toBe("Succeeded");
    expect(result.polls).toBe(requestsFor(op.id));
    // Replacing faults and timeouts add a request; a mutating fault on the Running poll does not.
    expect(result.polls).toBe(MUTATES_PENDING_POLL.has(fault.kind) ? 2 : 3);
  });

  it("persistent: reported as its error, after maxRetries retries", async () => {
    const op = emulator.createOperation({ api: "dataset", steps: [] });
    emulator.addOperationFaults(op.id, { ...fault, count: 10_000 });
    let polls = 0;
    const thrown = await waitForOperation(datasetClient(), op.id, {
      ...options,
      onProgress: (p) => (polls = p.polls),
    }).catch((e: unknown) => e);
    expect(guard(thrown)).toBe(true);
    // The first poll and maxRetries (2) retries; a hung request is not in the emulator's log.
    if (!isOperationTimeoutError(thrown)) expect(polls).toBe(3);
  });
});

it("latency within the budget is just waited for", async () => {
  const op = emulator.createOperation({ api: "dataRegistry", retryAfter: 0 });
  emulator.addOperationFaults(op.id, { kind: "latency", ms: 50, count: 1 });
  const result = await waitForOperation(registryClient(), op.id, fast);
  expect([result.status, result.polls]).toEqual(["Completed", 2]);
});
