/**
 * Request → spec operation, from the method and URL path alone. The endpoint may carry a base
 * path (a gateway or another package's server), so a spec path matches at the end of the URL path.
 */
import type { OperationInfo } from "../validator/index.js";

export type OperationMatcher = (method: string, url: string) => string | undefined;

export function createOperationMatcher(operations: readonly OperationInfo[]): OperationMatcher {
  const routes = operations.map((operation) => ({
    method: operation.method.toUpperCase(),
    operationId: operation.operationId,
    pattern: new RegExp(
      `^(?:/.*)?${operation.path
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join("[^/]+")}/?$`,
    ),
  }));
  return (method, url) => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
    const upper = method.toUpperCase();
    return routes.find((r) => r.method === upper && r.pattern.test(path))?.operationId;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
