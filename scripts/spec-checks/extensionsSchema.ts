import { readFileSync } from "node:fs";
import Ajv, { type ValidateFunction } from "ajv";
import type { SpecCheck, SpecFinding } from "./finding.js";

function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(`@autorest/schemas/${name}`), "utf8")) as Record<
    string,
    unknown
  >;
}

/**
 * Compiles AutoRest's "Swagger 2.0 + x-ms-* extensions" schema with every schema it references
 * registered locally, so nothing is fetched from the network. @autorest/schemas 1.3.x ships these
 * as draft-07 (older releases were draft-04), so Ajv's default draft-07 class is the right one.
 */
function compile(): ValidateFunction {
  // strict: false because this is a third-party schema (it uses keywords such as "id" that strict
  // mode rejects); our own response validator runs ajv in strict mode.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  // swagger-extensions.json points at the Swagger 2.0 schema under its schemastore URL, while the
  // package ships it with swagger.io's $id: register the same document under the URL it is used by.
  ajv.addSchema({ ...loadSchema("swagger.json"), $id: "http://json.schemastore.org/swagger-2.0" });
  ajv.addSchema(loadSchema("example-schema.json"));
  return ajv.compile(loadSchema("swagger-extensions.json"));
}

let compiled: ValidateFunction | undefined;

export const extensionsSchemaCheck: SpecCheck = {
  name: "autorest-extensions",
  describes: "Swagger 2.0 + x-ms-* extensions schema shipped by AutoRest (@autorest/schemas)",
  async run(file) {
    compiled ??= compile();
    const spec: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (compiled(spec)) return [];
    return (compiled.errors ?? []).map((e): SpecFinding => ({
      check: "autorest-extensions",
      file,
      pointer: e.instancePath,
      code: e.keyword,
      message: `${e.message ?? "invalid"} (schema ${e.schemaPath})`,
    }));
  },
};
