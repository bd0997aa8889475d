import type { Answer } from "./server.js";
import { DATASET_ID, DR_ID } from "./credentials.js";

export const dataset = (status: string, headers: Record<string, string> = {}): Answer => ({
  status: 200,
  headers,
  body: { operationId: DATASET_ID, created: "2021-04-23T19:14:03+00:00", status },
});

export const datasetSucceeded = (datasetId = "3e36b996-f6d1-b068-0fcb-dd6b014c3447"): Answer =>
  dataset("Succeeded", {
    "resource-location": `https://us.atlas.microsoft.com/datasets/${datasetId}?api-version=2.0`,
  });

export const registry = (status: string, retryAfter?: string, extra: object = {}): Answer => ({
  status: 200,
  headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  body: { id: DR_ID, status, ...extra },
});

export const fast = {
  minIntervalInMs: 1,
  intervalInMs: 1,
  retryDelayInMs: 1,
  maxRetryDelayInMs: 2,
};
