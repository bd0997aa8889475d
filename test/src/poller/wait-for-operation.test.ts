import { AzureKeyCredential } from "@azure/core-auth";
import { isRestError } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isOperationFailedError,
  waitForOperation,
  type OperationProgress,
} from "../../../src/index.js";
import { dataset, datasetSucceeded, fast, registry } from "../helpers/answers.js";
import { DATASET_ID, DR_ID, KEY } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
const datasetClient = () =>
  createDatasetOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });
const registryClient = () =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: server().url });

describe("terminal statuses", () => {
  it("Dataset: NotStarted → Running → Succeeded returns the body, Resource-Location and datasetId", async () => {
    server().script([
      dataset("NotStarted"),
      dataset("Running"),
      dataset("Running"),
      datasetSucceeded("3e36b996-f6d1-b068-0fcb-dd6b014c3447"),
    ]);
    const seen: OperationProgress[] = [];
    const result = await waitForOperation(datasetClient(), DATASET_ID, {
      ...fast,
      onProgress: (p) => seen.push(p),
    });
    expect(result).toEqual({
      operationId: DATASET_ID,
      status: "Succeeded",
      body: { operationId: DATASET_ID, created: "2021-04-23T19:14:03+00:00", status: "Succeeded" },
      resourceLocation:
        "https://us.atlas.microsoft.com/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0",
      datasetId: "3e36b996-f6d1-b068-0fcb-dd6b014c3447",
      polls: 4,
    });
    expect(seen.map((p) => [p.status, p.operationStatus, p.polls, p.nextPollInMs])).toEqual([
      ["NotStarted", "notStarted", 1, 1],
      ["Running", "running", 2, 1],
      ["Running", "running", 3, 1],
      ["Succeeded", "succeeded", 4, undefined],
    ]);
    expect(seen.every((p) => p.api === "dataset" && p.operationId === DATASET_ID)).toBe(true);
    expect(server().requests).toHaveLength(4);
  });

  it("Data Registry: Running → Completed; an unknown status is treated as pending (extensible enum)", async () => {
    server().script([registry("Running", "0"), registry("Paused"), registry("Completed")]);
    const statuses: string[] = [];
    const result = await waitForOperation(registryClient(), DR_ID, {
      ...fast,
      onProgress: (p) => statuses.push(p.status),
    });
    expect(result).toEqual({
      operationId: DR_ID,
      status: "Completed",
      body: { id: DR_ID, status: "Completed" },
      polls: 3,
    });
    expect(statuses).toEqual(["Running", "Paused", "Completed"]);
    expect(server().requests).toHaveLength(3);
  });

  it.each([
    ["dataset", () => datasetClient(), DATASET_ID, "Dataset"],
    ["dataRegistry", () => registryClient(), DR_ID, "Data Registry"],
  ] as const)(
    "%s Failed throws OperationFailedError with the service's error",
    async (_api, client, id, title) => {
      const error = {
        code: "InvalidFormat",
        message: "The upload is not a valid DWG package.",
        details: [{ code: "MissingManifest", message: "manifest.json is missing" }],
      };
      server().script([
        { status: 200, body: { id, operationId: id, status: "Running" } },
        { status: 200, body: { id, operationId: id, status: "Failed", error } },
      ]);
      const thrown = await waitForOperation(client() as never, id, fast).catch((e: unknown) => e);
      expect(isOperationFailedError(thrown)).toBe(true);
      if (!isOperationFailedError(thrown)) return;
      expect(thrown.code).toBe("OperationFailed");
      expect(thrown.operationId).toBe(id);
      expect(thrown.serviceCode).toBe("InvalidFormat");
      expect(thrown.error?.message).toBe("The upload is not a valid DWG package.");
      expect(thrown.details).toEqual(error.details);
      expect(thrown.status).toBe("Failed");
      expect(thrown.message).toContain(
        `${title} operation "${id}" ended Failed at GET ${server().url}/`,
      );
      expect(thrown.message).toContain(": InvalidFormat: The upload is not a valid DWG package.");
      expect(server().requests).toHaveLength(2);
    },
  );

  it("Failed without an error object still throws OperationFailedError", async () => {
    server().script([dataset("Failed")]);
    const thrown = await waitForOperation(datasetClient(), DATASET_ID, fast).catch(
      (e: unknown) => e,
    );
    expect(isOperationFailedError(thrown) && thrown.error).toBeUndefined();
    expect((thrown as Error).message).toContain("(the service gave no error detail)");
  });
});

describe("unexpected HTTP statuses are not retried", () => {
  it.each([
    [400, "BadRequest"],
    [401, "Unauthorized"],
    [403, "Forbidden"],
    [404, "NotFound"],
  ])(
    "%i throws a RestError with the status, x-ms-error-code and body after one request",
    async (status, code) => {
      const body = { error: { code, message: `It said ${code}.` } };
      server().script([{ status, headers: { "x-ms-error-code": code }, body }]);
      const thrown = await waitForOperation(registryClient(), DR_ID, fast).catch((e: unknown) => e);
      expect(isRestError(thrown)).toBe(true);
      if (!isRestError(thrown)) return;
      expect([
        thrown.statusCode,
        thrown.code,
        JSON.parse(thrown.response?.bodyAsText ?? ""),
      ]).toEqual([status, code, body]);
      expect(thrown.response?.headers.get("x-ms-error-code")).toBe(code);
      expect(thrown.request?.url).toBe(
        `${server().url}/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`,
      );
      expect(thrown.message).toBe(
        `Data Registry Get Operation for "${DR_ID}" failed at GET ${server().url}/dataRegistries/operations/${DR_ID}?api-version=2023-06-01: HTTP ${status} ${code}: It said ${code}.`,
      );
      expect(server().requests).toHaveLength(1);
    },
  );

  it("takes the error code from the body when x-ms-error-code is absent (Dataset)", async () => {
    server().script([{ status: 409, body: { error: { code: "Conflict", message: "m" } } }]);
    const thrown = await waitForOperation(datasetClient(), DATASET_ID, fast).catch(
      (e: unknown) => e,
    );
    expect(isRestError(thrown) && [thrown.statusCode, thrown.code]).toEqual([409, "Conflict"]);
  });
});
