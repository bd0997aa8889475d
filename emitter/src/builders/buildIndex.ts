import { clientFileBase } from "../naming.js";
import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";

/** `index.ts`: re-exports every other emitted module; the factory is the default export. */
export function buildIndex(model: ClientModel, modules: string[]): GeneratedFile {
  const client = clientFileBase(model.clientName);
  const exports = modules
    .filter((m) => m !== "index" && m !== "logger")
    .map((m) => `export * from "./${m}.js";\n`)
    .join("");
  return {
    path: "index.ts",
    content: withHeader(
      `import ${model.clientName} from "./${client}.js";\n\n${exports}\nexport default ${model.clientName};\n`,
    ),
  };
}
