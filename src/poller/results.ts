import type { LongRunningOperationResultOutput as DataRegistryStatusBody } from "../../generated/dataRegistry/index.js";
import type { LongRunningOperationResultOutput as DatasetStatusBody } from "../../generated/dataset/index.js";
import type { OperationStatus } from "@azure/core-lro";
import type { ApiName } from "../apis.js";

export type { DatasetStatusBody, DataRegistryStatusBody };

/** Passed to `waitForOperation`'s `onProgress` after every poll, answered or failed. */
export interface OperationProgress {
  /** The API polled. */
  readonly api: ApiName;
  /** The operation polled. */
  readonly operationId: string;
  /**
   * The last status the service gave, as it wrote it: `NotStarted`, `Running`, `Succeeded`,
   * `Completed`, `Failed`, or a new one; `""` before the first answer.
   */
  readonly status: string;
  /** The same in core-lro's vocabulary: `notStarted`, `running`, `succeeded`, `failed`, `canceled`. */
  readonly operationStatus: OperationStatus;
  /** Requests sent so far (retries included), across resumes. */
  readonly polls: number;
  /** Failed polls in a row; 0 after an answered poll. */
  readonly failedPolls: number;
  /** The last failed poll's `RestError`, while `failedPolls` > 0. */
  readonly lastPollError?: Error;
  /** Delay before the next poll; undefined once done. */
  readonly nextPollInMs: number | undefined;
  /** Serialised state; `resumeOperation(client, resumeState)` continues from here. No secrets. */
  readonly resumeState: string;
}

/** What a Dataset wait resolves with. */
export interface DatasetOperationResult {
  /** The operation polled. */
  readonly operationId: string;
  /** Always `"Succeeded"`. */
  readonly status: "Succeeded";
  /** The last status body. */
  readonly body: DatasetStatusBody;
  /** The `Resource-Location` header: the URL of the created dataset. */
  readonly resourceLocation: string;
  /** The dataset id, parsed from `resourceLocation`. */
  readonly datasetId: string;
  /** Requests sent, retries included, across resumes. */
  readonly polls: number;
}

/** What a Data Registry wait resolves with. */
export interface DataRegistryOperationResult {
  /** The operation polled. */
  readonly operationId: string;
  /** Always `"Completed"`. */
  readonly status: "Completed";
  /** The last status body. */
  readonly body: DataRegistryStatusBody;
  /** Requests sent, retries included, across resumes. */
  readonly polls: number;
}
