import path from "node:path";

/** Repository root, found from this file so the default works from any working directory. */
const ROOT = path.resolve(__dirname, "..", "..", "..");

export const DEFAULT_SPEC_PATHS: readonly string[] = [
  path.join(ROOT, "specs/data-plane/Creator/stable/2.0/dataset.json"),
  path.join(ROOT, "specs/data-plane/DataRegistry/stable/2023-06-01/dataregistry.json"),
];
