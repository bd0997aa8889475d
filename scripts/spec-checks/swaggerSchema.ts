import SwaggerParser from "@apidevtools/swagger-parser";
import type { SpecCheck, SpecFinding } from "./finding.js";
import { hashPathToPointer } from "./pointer.js";

interface AjvLikeDetail {
  instancePath?: string;
  keyword?: string;
  message?: string;
}

/** The Swagger 2.0 schema plus swagger-parser's semantic rules (unique operationIds, path params...). */
export const swaggerSchemaCheck: SpecCheck = {
  name: "swagger-2.0",
  describes: "Swagger 2.0 schema and semantics (@apidevtools/swagger-parser)",
  async run(file) {
    try {
      await SwaggerParser.validate(file);
      return [];
    } catch (error) {
      const details = (error as { details?: AjvLikeDetail[] }).details;
      if (Array.isArray(details) && details.length > 0) {
        return details.map((d): SpecFinding => ({
          check: "swagger-2.0",
          file,
          pointer: hashPathToPointer(d.instancePath),
          code: d.keyword ?? "schema",
          message: d.message ?? "invalid",
        }));
      }
      return [
        {
          check: "swagger-2.0",
          file,
          pointer: "",
          code: "invalid",
          message: (error as Error).message,
        },
      ];
    }
  },
};
