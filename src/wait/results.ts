import type { LongRunningOperationResultOutput as DataRegistryStatusBody } from "../../generated/dataRegistry/index.js";
import type { LongRunningOperationResultOutput as DatasetStatusBody } from "../../generated/dataset/index.js";
import type { ApiName } from "../apis.js";

export type { DatasetStatusBody, DataRegistryStatusBody };

/** Passed to `onProgress` after every poll that returned a status. */
export interface OperationProgress {
  readonly api: ApiName;
  readonly operationId: string;
  /** As the service wrote it: `NotStarted`, `Running`, `Succeeded`, `Completed`, `Failed`, or a new one. */
  readonly status: string;
  /** Requests sent so far (retries included), across resumes. */
  readonly polls: number;
  /** Delay before the next poll; undefined once the status is terminal. */
  readonly nextPollInMs: number | undefined;
  /** Serialised state; `resumeOperation(client, resumeState)` continues from here. No secrets. */
  readonly resumeState: string;
}

export interface DatasetOperationResult {
  readonly operationId: string;
  readonly status: "Succeeded";
  readonly body: DatasetStatusBody;
  /** The `Resource-Location` header: the URL of the created dataset. */
  readonly resourceLocation: string;
  /** The dataset id, parsed from `resourceLocation`. */
  readonly datasetId: string;
  readonly polls: number;
}

export interface DataRegistryOperationResult {
  readonly operationId: string;
  readonly status: "Completed";
  readonly body: DataRegistryStatusBody;
  readonly polls: number;
}
