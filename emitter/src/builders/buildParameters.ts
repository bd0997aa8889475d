import {
  bodyParamName,
  headerParamName,
  headersName,
  mediaTypesParamName,
  parametersTypeName,
  queryParamName,
  queryPropertiesName,
} from "../naming.js";
import type { ClientModel, GeneratedFile, Operation, Parameter } from "../model/types.js";
import { docs, possibleValues } from "./docs.js";
import { withHeader } from "./header.js";
import { serializeHelperFor } from "./serializeHelperNames.js";
import { extensibleValues, importLine, modelRefs, propertyKey, typeText } from "./typeText.js";

/**
 * Only csv query arrays go out as arrays (core-client joins them with commas); other formats
 * and every header array are strings the caller builds with a serializeHelper function.
 */
function parameterType(p: Parameter, where: "query" | "header"): { type: string; note?: string } {
  if (p.type.kind === "array" && (where === "header" || p.collectionFormat !== "csv")) {
    const format = p.collectionFormat ?? "csv";
    return {
      type: "string",
      note: `This parameter needs to be formatted as ${format} collection, we provide ${serializeHelperFor(format)} from serializeHelper.ts to help${format === "multi" ? ", you will probably need to set skipUrlEncoding as true when sending the request" : ""}`,
    };
  }
  return { type: typeText(p.type, "input") };
}

function propertyLines(params: Parameter[], where: "query" | "header"): string {
  return params
    .map((p) => {
      const { type, note } = parameterType(p, where);
      const known = extensibleValues(p.type);
      const doc = docs(p.description, known ? possibleValues(known) : undefined, note);
      return `${doc}${propertyKey(p.wireName)}${p.required ? "" : "?"}: ${type};\n`;
    })
    .join("");
}

function operationParameters(op: Operation): string {
  const parts: string[] = [];
  const out: string[] = [];
  if (op.queryParameters.length) {
    const required = op.queryParameters.some((p) => p.required);
    out.push(
      `export interface ${queryPropertiesName(op)} {\n${propertyLines(op.queryParameters, "query")}}\n`,
      `export interface ${queryParamName(op)} {\nqueryParameters${required ? "" : "?"}: ${queryPropertiesName(op)};\n}\n`,
    );
    parts.push(queryParamName(op));
  }
  if (op.headerParameters.length) {
    const required = op.headerParameters.some((p) => p.required);
    out.push(
      `export interface ${headersName(op)} {\n${propertyLines(op.headerParameters, "header")}}\n`,
      `export interface ${headerParamName(op)} {\nheaders${required ? "" : "?"}: RawHttpHeadersInput & ${headersName(op)};\n}\n`,
    );
    parts.push(headerParamName(op));
  }
  if (op.body) {
    const b = op.body;
    out.push(
      `export interface ${bodyParamName(op)} {\n${docs(b.description)}body${b.required ? "" : "?"}: ${typeText(b.type, "input")};\n}\n`,
    );
    parts.push(bodyParamName(op));
    const types = [...new Set(b.contentTypes)];
    if (types.length > 1 || (types[0] ?? "application/json") !== "application/json") {
      const optional = types.includes("application/json") ? "?" : "";
      out.push(
        `export interface ${mediaTypesParamName(op)} {\n/** Request content type */\ncontentType${optional}: ${types.map((t) => JSON.stringify(t)).join(" | ")};\n}\n`,
      );
      parts.push(mediaTypesParamName(op));
    }
  }
  parts.push("RequestParameters");
  out.push(`export type ${parametersTypeName(op)} = ${parts.join(" & ")};\n`);
  return out.join("\n");
}

/** `parameters.ts`: one `<Group><Op>Parameters` type per operation. */
export function buildParameters(model: ClientModel): GeneratedFile {
  const refs = new Set<string>();
  for (const op of model.operations) modelRefs(op.body?.type, "input", refs);
  const needsHeaders = model.operations.some((op) => op.headerParameters.length > 0);
  const imports =
    (needsHeaders ? importLine(["RawHttpHeadersInput"], "@azure/core-rest-pipeline") : "") +
    importLine(["RequestParameters"], "@azure-rest/core-client") +
    importLine(refs, "./models.js");
  return {
    path: "parameters.ts",
    content: withHeader(`${imports}\n${model.operations.map(operationParameters).join("\n")}`),
  };
}
