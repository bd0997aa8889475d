import { AbortError } from "@azure/abort-controller";
import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  createOperationPoller,
  isInvalidArgumentError,
  isOperationTimeoutError,
  resumeOperation,
  waitForOperation,
} from "../../../src/index.js";
import { dataset, datasetSucceeded, fast, registry } from "../helpers/answers.js";
import { DATASET_ID, DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
const registryClient = () =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });
const datasetClient = () =>
  createDatasetOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });
const isAbort = (e: unknown) => e instanceof AbortError && (e as Error).name === "AbortError";

describe("abort", () => {
  it("an already aborted signal stops before any request, with AbortError", async () => {
    const thrown = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(isAbort(thrown)).toBe(true);
    expect(server().requests).toEqual([]);
  });

  it("aborting during a request cancels it at once", async () => {
    server().script(["hang"]);
    const controller = new AbortController();
    const waiting = waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: controller.signal,
    });
    while (server().requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(isAbort(await waiting.catch((e: unknown) => e))).toBe(true);
    expect(server().requests).toHaveLength(1);
  });

  it("aborting during the sleep between polls stops without another request", async () => {
    server().script([registry("Running", "30")]);
    const controller = new AbortController();
    const poller = createOperationPoller(registryClient(), DR_ID, {
      ...fast,
      abortSignal: controller.signal,
    });
    poller.onProgress(() => setTimeout(() => controller.abort(), 10));
    expect(isAbort(await poller.pollUntilDone().catch((e: unknown) => e))).toBe(true);
    expect(poller.getOperationState()).toMatchObject({
      status: "running",
      serviceStatus: "Running",
      polls: 1,
    });
    expect(server().requests).toHaveLength(1);
  });

  it("pollUntilDone's own signal and stopPolling() stop it too", async () => {
    server().script([registry("Running", "30")]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    const controller = new AbortController();
    poller.onProgress(() => controller.abort());
    const first = poller.pollUntilDone({ abortSignal: controller.signal });
    expect(poller.isStopped()).toBe(false);
    expect(isAbort(await first.catch((e: unknown) => e))).toBe(true);
    expect(poller.isStopped()).toBe(true);

    const again = createOperationPoller(registryClient(), DR_ID, fast);
    again.onProgress(() => again.stopPolling());
    expect(isAbort(await again.pollUntilDone().catch((e: unknown) => e))).toBe(true);
  });
});

describe("resume", () => {
  it("a new poller continues from an aborted one's state (restoreFrom); polls add up", async () => {
    server().script([registry("Running", "0"), registry("Running", "0"), registry("Completed")]);
    const first = createOperationPoller(registryClient(), DR_ID, fast);
    await first.poll();
    const saved = await first.serialize();
    expect(saved).toBe(first.toString());
    const state = JSON.parse(saved) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual([
      "api",
      "notBefore",
      "operationId",
      "polls",
      "serviceStatus",
      "status",
      "v",
    ]);
    expect([state.api, state.operationId, state.polls, state.serviceStatus]).toEqual([
      "dataRegistry",
      DR_ID,
      1,
      "Running",
    ]);

    const statuses: string[] = [];
    const resumed = createOperationPoller(registryClient(), DR_ID, { ...fast, restoreFrom: saved });
    expect(resumed.getOperationState()).toMatchObject({ status: "running", polls: 1 });
    resumed.onProgress((s) => statuses.push(`${s.serviceStatus}@${s.polls}`));
    const result = await resumed.pollUntilDone();
    expect([result.status, result.polls]).toEqual(["Completed", 3]);
    expect(statuses).toEqual(["Running@2", "Completed@3"]);
    expect(server().requests).toHaveLength(3);
  });

  it("resumeOperation continues from onProgress's resumeState (Dataset) with the datasetId", async () => {
    server().script([dataset("NotStarted"), dataset("Running"), datasetSucceeded("d1")]);
    let saved = "";
    const controller = new AbortController();
    await waitForOperation(datasetClient(), DATASET_ID, {
      ...fast,
      abortSignal: controller.signal,
      onProgress: (p) => {
        saved = p.resumeState;
        if (p.status === "Running") controller.abort();
      },
    }).catch(() => undefined);
    const result = await resumeOperation(datasetClient(), saved, fast);
    expect([result.datasetId, result.polls]).toEqual(["d1", 3]);
  });

  it("honours the server's Retry-After across a resume (the state keeps notBefore)", async () => {
    server().script([registry("Running", "3600")]);
    const first = createOperationPoller(registryClient(), DR_ID, fast);
    await first.poll();
    const thrown = await resumeOperation(registryClient(), first.toString(), {
      ...fast,
      maxWaitInMs: 1000,
    }).catch((e: unknown) => e);
    expect(isOperationTimeoutError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/the server asked to wait 60m before the next poll/);
    expect(server().requests).toHaveLength(1);
  });

  it("a timeout's resumeState resumes the wait", async () => {
    server().script([registry("Running", "1"), registry("Completed")]);
    const thrown = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      maxWaitInMs: 500,
    }).catch((e: unknown) => e);
    if (!isOperationTimeoutError(thrown)) throw thrown;
    const result = await resumeOperation(registryClient(), thrown.resumeState, fast);
    expect([result.status, result.polls]).toEqual(["Completed", 2]);
  });

  const saved = (fields: object) =>
    JSON.stringify({
      v: 2,
      api: "dataRegistry",
      operationId: DR_ID,
      status: "running",
      polls: 0,
      notBefore: 0,
      ...fields,
    });
  it.each([
    ["not JSON", "{", /got text that is not JSON\.$/],
    ["another version", JSON.stringify({ v: 1 }), /got state version 1\.$/],
    [
      "another API's state",
      saved({ api: "dataset" }),
      /got the state of another API's operation\.$/,
    ],
    [
      "a hostile operation id",
      saved({ operationId: "../x" }),
      /^resumeState\.operationId must be a GUID/,
    ],
    ["a bad poll count", saved({ polls: -1 }), /bad poll count\.$/],
    ["a bad status", saved({ status: "done" }), /bad status\.$/],
    ["a number", 42, /got a number\.$/],
  ])("refuses %s before any request", async (_name, state, message) => {
    const thrown = await resumeOperation(registryClient(), state as string, fast).catch(
      (e: unknown) => e,
    );
    expect(isInvalidArgumentError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect(server().requests).toEqual([]);
  });

  it("refuses restoreFrom with the state of another operation", () => {
    const other = saved({ operationId: "00000000-0000-4000-8000-000000000001" });
    expect(() =>
      createOperationPoller(registryClient(), DR_ID, { ...fast, restoreFrom: other }),
    ).toThrow(/^options\.restoreFrom must be the state of operation /);
  });
});

describe("arguments", () => {
  it.each([
    [
      { minIntervalInMs: 0 },
      /^options\.minIntervalInMs must be an integer from 1 to 2147483647; got number 0\.$/,
    ],
    [{ intervalInMs: -1 }, /^options\.intervalInMs must be an integer from 0/],
    [{ maxWaitInMs: 0 }, /^options\.maxWaitInMs must be an integer from 1/],
    [{ maxWaitInMs: Number.NaN }, /^options\.maxWaitInMs must be/],
    [{ maxRetries: 1.5 }, /^options\.maxRetries must be an integer from 0 to 100/],
    [{ requestTimeoutInMs: "5" }, /^options\.requestTimeoutInMs must be an integer/],
    [{ abortSignal: {} }, /^options\.abortSignal must be an AbortSignal/],
    [{ onProgress: "log" }, /^options\.onProgress must be a function/],
    [{ intervalMs: 5 }, /^options\.intervalMs must be absent \(known options: /],
    ["fast", /^options must be an object or undefined/],
  ])("waitForOperation refuses %p before any request", async (options, message) => {
    const thrown = await waitForOperation(registryClient(), DR_ID, options as never).catch(
      (e: unknown) => e,
    );
    expect(isInvalidArgumentError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect(server().requests).toEqual([]);
  });

  it("createOperationPoller refuses at once, synchronously", () => {
    expect(() => createOperationPoller(registryClient(), "not-a-guid")).toThrow(
      /^operationId must be a GUID/,
    );
    expect(() => createOperationPoller(registryClient(), DR_ID, { maxRetries: -1 })).toThrow(
      /^options\.maxRetries must be/,
    );
  });

  it.each([[{}], [null], [{ path: () => undefined, pipeline: {} }]])(
    "refuses a client not made by the factories (%p)",
    async (client) => {
      await expect(waitForOperation(client as never, DR_ID)).rejects.toThrow(
        /^client must be a client from createDatasetOperationsClient or createDataRegistryOperationsClient; got /,
      );
    },
  );

  it("accepts maxWaitInMs: Infinity", async () => {
    server().script([registry("Completed")]);
    const result = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      maxWaitInMs: Infinity,
    });
    expect(result.polls).toBe(1);
  });

  it("an onProgress that throws ends the wait with its error (as core-lro's poller does)", async () => {
    server().script([registry("Running", "0")]);
    await expect(
      waitForOperation(registryClient(), DR_ID, {
        ...fast,
        onProgress: () => {
          throw new Error("listener broke");
        },
      }),
    ).rejects.toThrow("listener broke");
    expect(server().requests).toHaveLength(1);
  });
});
