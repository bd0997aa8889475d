import { NameCollisionError } from "../errors.js";
import type { ClientModel, GeneratedFile } from "../model/types.js";
import { buildClient } from "./buildClient.js";
import { buildClientDefinitions } from "./buildClientDefinitions.js";
import { buildIndex } from "./buildIndex.js";
import { buildIsUnexpected } from "./buildIsUnexpected.js";
import { buildLogger } from "./buildLogger.js";
import { buildModels } from "./buildModels.js";
import { buildOutputModels } from "./buildOutputModels.js";
import { buildPaginateHelper } from "./buildPaginateHelper.js";
import { buildParameters } from "./buildParameters.js";
import { buildPollingHelper } from "./buildPollingHelper.js";
import { buildResponses } from "./buildResponses.js";
import { buildSerializeHelper } from "./buildSerializeHelper.js";

/** Builders in the order their modules are re-exported by index.ts. */
const BUILDERS: Array<(m: ClientModel) => GeneratedFile | undefined> = [
  buildClient,
  buildParameters,
  buildResponses,
  buildClientDefinitions,
  buildIsUnexpected,
  buildModels,
  buildOutputModels,
  buildPaginateHelper,
  buildPollingHelper,
  buildSerializeHelper,
  buildLogger,
];

/**
 * index.ts re-exports every module with `export *`, where a name two modules declare would
 * silently vanish; such a clash (a model named like a parameters type, say) is refused.
 */
function checkExportedNames(files: GeneratedFile[]): void {
  const owner = new Map<string, string>();
  for (const f of files) {
    for (const m of f.content.matchAll(
      /^export (?:declare )?(?:interface|type|function|const|async function) (\w+)/gm,
    )) {
      const name = m[1]!;
      const first = owner.get(name);
      if (first !== undefined && first !== f.path) {
        throw new NameCollisionError(name, [first, f.path]);
      }
      owner.set(name, f.path);
    }
  }
}

/** Every file of one client, unformatted. */
export function buildFiles(model: ClientModel): GeneratedFile[] {
  const files = BUILDERS.map((b) => b(model)).filter((f): f is GeneratedFile => f !== undefined);
  checkExportedNames(files);
  const modules = files.map((f) => f.path.replace(/\.ts$/, ""));
  return [...files, buildIndex(model, modules)];
}
