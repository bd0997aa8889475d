import type { ApiDefinition } from "./api-definition.js";
import type { ApiName } from "./api-name.js";
import { dataRegistryApi } from "./data-registry.js";
import { datasetApi } from "./dataset.js";

export const APIS: Readonly<Record<ApiName, ApiDefinition>> = Object.freeze({
  dataset: datasetApi,
  dataRegistry: dataRegistryApi,
});

/** The API whose path space `pathname` falls in, used to pick the error shape even for 404s. */
export function apiForPath(pathname: string): ApiDefinition | undefined {
  if (pathname === "/datasets" || pathname.startsWith("/datasets/")) return datasetApi;
  if (pathname === "/dataRegistries" || pathname.startsWith("/dataRegistries/")) {
    return dataRegistryApi;
  }
  return undefined;
}
