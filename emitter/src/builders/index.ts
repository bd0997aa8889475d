import type { ClientModel, GeneratedFile } from "../model/types.js";
import { buildClient } from "./buildClient.js";
import { buildClientDefinitions } from "./buildClientDefinitions.js";
import { buildIndex } from "./buildIndex.js";
import { buildIsUnexpected } from "./buildIsUnexpected.js";
import { buildLogger } from "./buildLogger.js";
import { buildModels } from "./buildModels.js";
import { buildOutputModels } from "./buildOutputModels.js";
import { buildParameters } from "./buildParameters.js";
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
  buildSerializeHelper,
  buildLogger,
];

/** Every file of one client, unformatted. */
export function buildFiles(model: ClientModel): GeneratedFile[] {
  const files = BUILDERS.map((b) => b(model)).filter((f): f is GeneratedFile => f !== undefined);
  const modules = files.map((f) => f.path.replace(/\.ts$/, ""));
  return [...files, buildIndex(model, modules)];
}
