import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";
import { modelInterface } from "./modelInterfaces.js";

/** `models.ts`: models sent in request bodies; absent when no operation has a body. */
export function buildModels(model: ClientModel): GeneratedFile | undefined {
  const models = model.models.filter((m) => m.usedAsInput);
  if (!models.length) return undefined;
  return {
    path: "models.ts",
    content: withHeader(models.map((m) => modelInterface(m, "input")).join("\n")),
  };
}
