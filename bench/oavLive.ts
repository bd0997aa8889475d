/**
 * oav's `LiveValidator` over the bundled specs, for the side-by-side comparison: what Azure's own
 * tooling does per response. It runs offline (no spec download); its console chatter is silenced.
 */
import path from "node:path";
import { LiveValidator } from "oav";
import { SPECS_DIR } from "../conformance/packageFiles.js";

const PATHS: Readonly<Record<string, string>> = {
  Dataset_GetOperation: "/datasets/operations/8b1288fa-1958-4a2b-b68e-13a7i5af7d7c?api-version=2.0",
  DataRegistry_GetOperation:
    "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01",
};

export type OavCheck = (
  operationId: string,
  status: number,
  headers: Record<string, string>,
  body: unknown,
) => Promise<boolean>;

export async function startOav(): Promise<OavCheck> {
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  console.log = console.error = console.warn = console.info = () => undefined;
  let live: LiveValidator;
  try {
    live = new LiveValidator(
      {
        directory: SPECS_DIR,
        swaggerPathsPattern: [
          path.join("data-plane", "Creator", "stable", "2.0", "dataset.json"),
          path.join("data-plane", "DataRegistry", "stable", "2023-06-01", "dataregistry.json"),
        ],
        git: { shouldClone: false },
        isPathCaseSensitive: false,
        // Everything compiled before the first timed call, not lazily during it.
        loadValidatorInInitialize: true,
      },
      () => undefined,
    );
    await live.initialize();
  } finally {
    Object.assign(console, saved);
  }
  return async (operationId, status, headers, body) => {
    const url = `https://us.atlas.microsoft.com${PATHS[operationId]}`;
    const result = await live.validateLiveResponse(
      { statusCode: String(status), headers, body: body as never },
      { url, method: "GET" },
    );
    return result.isSuccessful === true && result.errors.length === 0;
  };
}
