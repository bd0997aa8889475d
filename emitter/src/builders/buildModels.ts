import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";
import { modelDeclarations } from "./modelInterfaces.js";

/** `models.ts`: models sent in request bodies; absent when no operation has a body. */
export function buildModels(model: ClientModel): GeneratedFile | undefined {
  const models = model.models.filter((m) => m.usedAsInput);
  const byName = new Map(model.models.map((m) => [m.name, m]));
  if (!models.length) return undefined;
  return {
    path: "models.ts",
    content: withHeader(models.map((m) => modelDeclarations(m, "input", byName)).join("\n")),
  };
}
