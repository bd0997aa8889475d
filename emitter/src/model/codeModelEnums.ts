// The code-model enums the emitter compares against, from their own modules: the package's
// index also loads @azure-tools/codegen and a YAML schema, a third of a second of every emitter
// start for three enums. The types still come from "@autorest/codemodel" (type-only imports).
export { ImplementationLocation } from "@autorest/codemodel/dist/model/common/parameter.js";
export { SchemaType } from "@autorest/codemodel/dist/model/common/schema-type.js";
export { ParameterLocation } from "@autorest/codemodel/dist/model/http/parameter-location.js";
