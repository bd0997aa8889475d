import { AzureKeyCredential } from "@azure/core-auth";
import type { OperationState, SimplePollerLike } from "@azure/core-lro";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  createOperationPoller,
  isOperationFailedError,
  type DataRegistryOperationResult,
  type DatasetOperationResult,
} from "../../../src/index.js";
import { dataset, datasetSucceeded, fast, registry } from "../helpers/answers.js";
import { DATASET_ID, DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
const registryClient = () =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });
const datasetClient = () =>
  createDatasetOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });

describe("createOperationPoller: core-lro's poller shape", () => {
  it("is a core-lro SimplePollerLike for the operation's result (compile-time)", () => {
    const poller = createOperationPoller(registryClient(), DR_ID);
    const simple: SimplePollerLike<
      OperationState<DataRegistryOperationResult>,
      DataRegistryOperationResult
    > = poller;
    const dataset: SimplePollerLike<
      OperationState<DatasetOperationResult>,
      DatasetOperationResult
    > = createOperationPoller(datasetClient(), DATASET_ID);
    expect([typeof simple.pollUntilDone, typeof dataset.isDone]).toEqual(["function", "function"]);
  });

  it("completes Running → Completed: isDone(), getOperationState().status 'succeeded', the result", async () => {
    server().script([registry("Running", "0"), registry("Completed")]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    expect([poller.isDone(), poller.getOperationState().status]).toEqual([false, "notStarted"]);
    const seen: string[] = [];
    poller.onProgress((state) => seen.push(`${state.status}/${state.serviceStatus}`));
    const result = await poller.pollUntilDone();
    expect(poller.isDone()).toBe(true);
    expect(poller.getOperationState().status).toBe("succeeded");
    expect(poller.getResult()).toEqual(result);
    expect(result).toEqual({
      operationId: DR_ID,
      status: "Completed",
      body: { id: DR_ID, status: "Completed" },
      polls: 2,
    });
    expect(seen).toEqual(["running/Running", "succeeded/Completed"]);
    // Done: pollUntilDone resolves again with no request.
    await expect(poller.pollUntilDone()).resolves.toEqual(result);
    expect(server().requests).toHaveLength(2);
  });

  it("poll() sends one request and moves the state; Dataset NotStarted is core-lro's notStarted", async () => {
    server().script([dataset("NotStarted"), dataset("Running"), datasetSucceeded("d1")]);
    const poller = createOperationPoller(datasetClient(), DATASET_ID, fast);
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      await poller.poll();
      statuses.push(poller.getOperationState().status);
    }
    expect(statuses).toEqual(["notStarted", "running", "succeeded"]);
    expect(poller.getResult()?.datasetId).toBe("d1");
    expect(server().requests).toHaveLength(3);
  });

  it("a Failed operation: status 'failed', state.error an OperationFailedError, poll() and pollUntilDone() throw it", async () => {
    server().script([
      registry("Failed", undefined, { error: { code: "InvalidData", message: "bad file" } }),
    ]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    const thrown = await poller.pollUntilDone().catch((e: unknown) => e);
    expect(isOperationFailedError(thrown) && [thrown.serviceCode, thrown.status]).toEqual([
      "InvalidData",
      "Failed",
    ]);
    const state = poller.getOperationState();
    expect([state.status, poller.isDone(), state.error]).toEqual(["failed", true, thrown]);
    await expect(poller.poll()).rejects.toBe(thrown);
    expect(server().requests).toHaveLength(1);
  });

  it("Canceled (an Azure-wide status neither document lists) ends the operation as 'canceled'", async () => {
    server().script([registry("Canceled")]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    const thrown = await poller.pollUntilDone().catch((e: unknown) => e);
    expect(isOperationFailedError(thrown) && thrown.status).toBe("Canceled");
    expect(poller.getOperationState().status).toBe("canceled");
  });

  it("a progress handler can be removed; pollUntilDone is shared while it runs", async () => {
    server().script([registry("Running", "0"), registry("Running", "0"), registry("Completed")]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    let calls = 0;
    const cancel = poller.onProgress(() => {
      calls += 1;
      cancel();
    });
    const [a, b] = [poller.pollUntilDone(), poller.pollUntilDone()];
    expect(a).toBe(b);
    await a;
    expect(calls).toBe(1);
  });

  it("serialize() and toString() give the same resume state; submitted() resolves", async () => {
    server().script([registry("Running", "7")]);
    const poller = createOperationPoller(registryClient(), DR_ID, fast);
    await poller.submitted();
    await poller.poll();
    expect(await poller.serialize()).toBe(poller.toString());
    expect(JSON.parse(poller.toString())).toMatchObject({
      v: 2,
      api: "dataRegistry",
      operationId: DR_ID,
      status: "running",
      serviceStatus: "Running",
      polls: 1,
      serverAsked: true,
    });
  });
});
