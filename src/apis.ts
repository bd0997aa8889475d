import type { OperationIdRule } from "./safety/operation-id.js";

/** The two APIs: Dataset (Creator, api-version 2.0) and Data Registry (2023-06-01). */
export type ApiName = "dataset" | "dataRegistry";

/** What differs between the two Get Operation APIs, in one place. */
export interface ApiDescriptor {
  readonly name: ApiName;
  /** For messages: "Dataset" or "Data Registry". */
  readonly title: string;
  readonly path: "/datasets/operations/{operationId}" | "/dataRegistries/operations/{operationId}";
  readonly operationIdRule: OperationIdRule;
  readonly succeeded: string;
  readonly failed: string;
  /** Known non-terminal states; any other unknown state is treated as pending too (extensible enum). */
  readonly pending: readonly string[];
}

export const DATASET_API: ApiDescriptor = Object.freeze({
  name: "dataset",
  title: "Dataset",
  path: "/datasets/operations/{operationId}",
  operationIdRule: "nonEmpty",
  succeeded: "Succeeded",
  failed: "Failed",
  pending: Object.freeze(["NotStarted", "Running"]),
});

export const DATA_REGISTRY_API: ApiDescriptor = Object.freeze({
  name: "dataRegistry",
  title: "Data Registry",
  path: "/dataRegistries/operations/{operationId}",
  operationIdRule: "guid",
  succeeded: "Completed",
  failed: "Failed",
  pending: Object.freeze(["Running"]),
});

export const APIS: Readonly<Record<ApiName, ApiDescriptor>> = Object.freeze({
  dataset: DATASET_API,
  dataRegistry: DATA_REGISTRY_API,
});
