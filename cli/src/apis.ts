import type { ApiName } from "maps-operations-rest";

export type { ApiName };

/** How the CLI names each API in its output. */
export const API_TITLES: Readonly<Record<ApiName, string>> = Object.freeze({
  dataset: "Dataset",
  dataRegistry: "Data Registry",
});
