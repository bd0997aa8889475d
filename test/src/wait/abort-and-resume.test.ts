import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isInvalidArgumentError,
  isWaitAbortedError,
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

describe("abort", () => {
  it("an already aborted signal stops before any request", async () => {
    const thrown = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(isWaitAbortedError(thrown) && [thrown.code, thrown.polls]).toEqual(["WaitAborted", 0]);
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
    const thrown = await waiting.catch((e: unknown) => e);
    expect(isWaitAbortedError(thrown) && thrown.polls).toBe(1);
    expect(server().requests).toHaveLength(1);
  });

  it("aborting during the sleep between polls stops without another request", async () => {
    server().script([registry("Running", "30")]);
    const controller = new AbortController();
    const thrown = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: controller.signal,
      onProgress: () => setTimeout(() => controller.abort(), 10),
    }).catch((e: unknown) => e);
    expect(isWaitAbortedError(thrown) && [thrown.lastStatus, thrown.polls]).toEqual(["Running", 1]);
    expect(server().requests).toHaveLength(1);
  });
});

describe("resume", () => {
  it("a new waiter continues from the state of an aborted one; polls add up", async () => {
    server().script([registry("Running", "0"), registry("Running", "0"), registry("Completed")]);
    const controller = new AbortController();
    const first = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    if (!isWaitAbortedError(first)) throw first;
    const state = JSON.parse(first.resumeState) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual([
      "api",
      "lastStatus",
      "notBefore",
      "operationId",
      "polls",
      "v",
    ]);
    expect([state.api, state.operationId, state.polls, state.lastStatus]).toEqual([
      "dataRegistry",
      DR_ID,
      1,
      "Running",
    ]);

    const statuses: string[] = [];
    const result = await resumeOperation(registryClient(), first.resumeState, {
      ...fast,
      onProgress: (p) => statuses.push(`${p.status}@${p.polls}`),
    });
    expect([result.status, result.polls]).toEqual(["Completed", 3]);
    expect(statuses).toEqual(["Running@2", "Completed@3"]);
    expect(server().requests).toHaveLength(3);
  });

  it("resumes from onProgress's resumeState (Dataset) and returns the datasetId", async () => {
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
    const controller = new AbortController();
    const first = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      abortSignal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    if (!isWaitAbortedError(first)) throw first;
    const thrown = await resumeOperation(registryClient(), first.resumeState, {
      ...fast,
      maxWaitMs: 1000,
    }).catch((e: unknown) => e);
    expect((thrown as { code?: string }).code).toBe("WaitTimeout");
    expect(server().requests).toHaveLength(1);
  });

  it.each([
    ["not JSON", "{", /got text that is not JSON\.$/],
    ["another version", JSON.stringify({ v: 2 }), /got state version 2\.$/],
    [
      "another API's state",
      JSON.stringify({ v: 1, api: "dataset", operationId: DR_ID, polls: 0, notBefore: 0 }),
      /got the state of a dataset operation\.$/,
    ],
    [
      "a hostile operation id",
      JSON.stringify({ v: 1, api: "dataRegistry", operationId: "../x", polls: 0, notBefore: 0 }),
      /^resumeState\.operationId must be a GUID/,
    ],
    [
      "a bad poll count",
      JSON.stringify({ v: 1, api: "dataRegistry", operationId: DR_ID, polls: -1, notBefore: 0 }),
      /bad poll count\.$/,
    ],
    ["a number", 42, /got a number\.$/],
  ])("refuses %s before any request", async (_name, state, message) => {
    const thrown = await resumeOperation(registryClient(), state as string, fast).catch(
      (e: unknown) => e,
    );
    expect(isInvalidArgumentError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect(server().requests).toEqual([]);
  });
});

describe("waitForOperation arguments", () => {
  it.each([
    [
      { minIntervalMs: 0 },
      /^options\.minIntervalMs must be an integer from 1 to 2147483647; got number 0\.$/,
    ],
    [{ intervalMs: -1 }, /^options\.intervalMs must be an integer from 0/],
    [{ maxWaitMs: 0 }, /^options\.maxWaitMs must be an integer from 1/],
    [{ maxWaitMs: Number.NaN }, /^options\.maxWaitMs must be/],
    [{ maxRetries: 1.5 }, /^options\.maxRetries must be an integer from 0 to 100/],
    [{ requestTimeoutMs: "5" }, /^options\.requestTimeoutMs must be an integer/],
    [{ abortSignal: {} }, /^options\.abortSignal must be an AbortSignal/],
    [{ onProgress: "log" }, /^options\.onProgress must be a function/],
    ["fast", /^options must be an object or undefined/],
  ])("refuses %p before any request", async (options, message) => {
    const thrown = await waitForOperation(registryClient(), DR_ID, options as never).catch(
      (e: unknown) => e,
    );
    expect(isInvalidArgumentError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect(server().requests).toEqual([]);
  });

  it.each([[{}], [null], [{ path: () => undefined, pipeline: {} }]])(
    "refuses a client not made by the factories (%p)",
    async (client) => {
      await expect(waitForOperation(client as never, DR_ID)).rejects.toThrow(
        /^client must be a client from createDatasetOperationsClient or createDataRegistryOperationsClient; got /,
      );
    },
  );

  it("accepts maxWaitMs: Infinity", async () => {
    server().script([registry("Completed")]);
    const result = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      maxWaitMs: Infinity,
    });
    expect(result.polls).toBe(1);
  });

  it("an onProgress that throws ends the wait with its error", async () => {
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
