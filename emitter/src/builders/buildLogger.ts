import { packageShortName } from "../naming.js";
import type { ClientModel, GeneratedFile } from "../model/types.js";
import { withHeader } from "./header.js";

/** `logger.ts`: the client's @azure/logger namespace (rlc-common puts it next to the client). */
export function buildLogger(model: ClientModel): GeneratedFile {
  return {
    path: "logger.ts",
    content: withHeader(
      `import { createClientLogger } from "@azure/logger";\n\nexport const logger = createClientLogger(${JSON.stringify(packageShortName(model.packageName))});\n`,
    ),
  };
}
