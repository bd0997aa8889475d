// The code-model enums the emitter compares against, from their own modules: the package's index
// also loads @azure-tools/codegen and a YAML schema, a third of a second of every emitter start.
// The types still come from "@autorest/codemodel" (type-only imports).
import type { ImplementationLocation as Implementation } from "@autorest/codemodel";

export { SchemaType } from "@autorest/codemodel/dist/model/common/schema-type.js";
export { ParameterLocation } from "@autorest/codemodel/dist/model/http/parameter-location.js";

/**
 * The one member of ImplementationLocation the emitter reads: the module that declares the enum
 * (model/common/parameter) loads the model classes and @azure-tools/codegen with it (~0.14 s).
 */
export const ImplementationLocation = { Client: "Client" as Implementation.Client } as const;
