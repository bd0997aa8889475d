/** `operations()`: what the loaded specs declare, as plain data. */
import type { OperationModel } from "./spec/model.js";

export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly specPath: string;
  readonly produces: readonly string[];
  readonly responses: readonly {
    readonly key: string;
    readonly errorOnly: boolean;
    readonly hasBody: boolean;
    readonly headers: readonly string[];
  }[];
}

export function describeOperation(operation: OperationModel): OperationInfo {
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    specPath: operation.spec.path,
    produces: operation.produces,
    responses: [...operation.responses.values()].map((r) => ({
      key: r.key,
      errorOnly: r.errorOnly,
      hasBody: r.schema !== undefined,
      headers: r.headers.map((h) => h.name),
    })),
  };
}
