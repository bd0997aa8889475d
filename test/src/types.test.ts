import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  waitForOperation,
  type DataRegistryOperationResult,
  type DatasetOperationResult,
} from "../../src/index.js";

/**
 * Compile-time checks: `npm run typecheck` (tsc, a CI step) checks this file, so a wrong
 * `@ts-expect-error` fails there; jest only transpiles it.
 */
it("overloads pick the result type from the client", () => {
  const key = new AzureKeyCredential("k");
  const dataset = createDatasetOperationsClient(key);
  const registry = createDataRegistryOperationsClient(key, { geography: "eu" });
  const typed = (): [Promise<DatasetOperationResult>, Promise<DataRegistryOperationResult>] => [
    waitForOperation(dataset, "id"),
    waitForOperation(registry, "0522b4fe-0539-4c6c-ba70-e35ec865d8e2"),
  ];
  const wrong = () => {
    // @ts-expect-error a Data Registry client does not give a Dataset result
    const result: Promise<DatasetOperationResult> = waitForOperation(registry, "x");
    // @ts-expect-error geography is "us" | "eu"
    createDatasetOperationsClient(key, { geography: "asia" });
    // @ts-expect-error the path belongs to the other API
    dataset.path("/dataRegistries/operations/{operationId}", "x");
    return result;
  };
  expect([typeof typed, typeof wrong]).toEqual(["function", "function"]);
});
