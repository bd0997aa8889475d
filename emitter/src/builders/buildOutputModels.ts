import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";
import { modelInterface } from "./modelInterfaces.js";

/** `outputModels.ts`: every model as received in a response (`<Model>Output`). */
export function buildOutputModels(model: ClientModel): GeneratedFile | undefined {
  const models = model.models.filter((m) => m.usedAsOutput);
  if (!models.length) return undefined;
  return {
    path: "outputModels.ts",
    content: withHeader(models.map((m) => modelInterface(m, "output")).join("\n")),
  };
}
