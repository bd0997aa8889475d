import { APIS } from "../apis/index.js";
import type { Operation } from "../operations/operation.js";
import { peek } from "../operations/timeline.js";
import type { OperationView } from "./types.js";

export function viewOperation(operation: Operation, baseUrl: string, now: number): OperationView {
  const api = APIS[operation.api];
  const view: OperationView = {
    api: operation.api,
    id: operation.id,
    url: `${baseUrl}${api.pathPrefix}${encodeURIComponent(operation.id)}?api-version=${api.apiVersion}`,
    status: peek(operation, now),
    polls: operation.progress.polls,
    steps: operation.steps.map((step) => ({ ...step })),
    outcome: { ...operation.outcome },
    faults: operation.faults.list(),
  };
  if (operation.api === "dataset") {
    view.created = operation.created;
    view.resourceId = operation.resourceId;
    if (operation.warning !== undefined) view.warning = operation.warning;
  } else {
    view.retryAfter = operation.retryAfter;
  }
  return view;
}
