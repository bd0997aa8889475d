import type { CodeModel } from "@autorest/codemodel";
import { buildFiles } from "./builders/index.js";
import { formatFile } from "./format.js";
import { fromCodeModel, type ClientSettings } from "./model/fromCodeModel.js";
import type { GeneratedFile } from "./model/types.js";

/** Code model → intermediate model → files → Prettier. Pure apart from formatting. */
export async function emit(
  codeModel: CodeModel,
  settings: ClientSettings,
): Promise<GeneratedFile[]> {
  const model = fromCodeModel(codeModel, settings);
  return Promise.all(buildFiles(model).map(formatFile));
}
