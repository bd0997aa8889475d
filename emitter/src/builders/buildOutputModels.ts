import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";
import { modelDeclarations } from "./modelInterfaces.js";

/** `outputModels.ts`: every model as received in a response (`<Model>Output`). */
export function buildOutputModels(model: ClientModel): GeneratedFile | undefined {
  const models = model.models.filter((m) => m.usedAsOutput);
  const byName = new Map(model.models.map((m) => [m.name, m]));
  if (!models.length) return undefined;
  return {
    path: "outputModels.ts",
    content: withHeader(models.map((m) => modelDeclarations(m, "output", byName)).join("\n")),
  };
}
