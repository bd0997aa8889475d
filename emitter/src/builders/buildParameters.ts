import {
  bodyParamName,
  formPartName,
  headerParamName,
  headersName,
  mediaTypesParamName,
  parametersTypeName,
  queryParamName,
  queryPropertiesName,
} from "../naming.js";
import type {
  ClientModel,
  FormField,
  GeneratedFile,
  Operation,
  Parameter,
  RequestBody,
} from "../model/types.js";
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
      `${docs(`The query parameters of ${op.operationId}.`)}export interface ${queryPropertiesName(op)} {\n${propertyLines(op.queryParameters, "query")}}\n`,
      `${docs(`The query part of ${op.operationId}'s options.`)}export interface ${queryParamName(op)} {\n${docs("The query parameters, encoded by core-client.")}queryParameters${required ? "" : "?"}: ${queryPropertiesName(op)};\n}\n`,
    );
    parts.push(queryParamName(op));
  }
  if (op.headerParameters.length) {
    const required = op.headerParameters.some((p) => p.required);
    out.push(
      `${docs(`The request headers of ${op.operationId}.`)}export interface ${headersName(op)} {\n${propertyLines(op.headerParameters, "header")}}\n`,
      `${docs(`The headers part of ${op.operationId}'s options.`)}export interface ${headerParamName(op)} {\n${docs("The request headers.")}headers${required ? "" : "?"}: RawHttpHeadersInput & ${headersName(op)};\n}\n`,
    );
    parts.push(headerParamName(op));
  }
  if (op.body) {
    const b = op.body;
    const { type, declarations } = bodyType(op, b);
    out.push(
      ...declarations,
      `${docs(`The body part of ${op.operationId}'s options.`)}export interface ${bodyParamName(op)} {\n${docs(b.description || "The request body.")}body${b.required ? "" : "?"}: ${type};\n}\n`,
    );
    parts.push(bodyParamName(op));
    const types = b.contentTypes;
    if (b.contentTypeRequired || types.length > 1 || types[0] !== "application/json") {
      const optional = b.contentTypeRequired ? "" : "?";
      const why =
        b.contentTypeRequired && types.includes("application/json")
          ? "Required: core-client labels a body JSON by itself only when it is an object or JSON text."
          : undefined;
      out.push(
        `${docs(`The content type part of ${op.operationId}'s options.`)}export interface ${mediaTypesParamName(op)} {\n${docs("Request content type", why)}contentType${optional}: ${types.map((t) => JSON.stringify(t)).join(" | ")};\n}\n`,
      );
      parts.push(mediaTypesParamName(op));
    }
  }
  parts.push("RequestParameters");
  out.push(
    `${docs(`The options of a ${op.operationId} call.`)}export type ${parametersTypeName(op)} = ${parts.join(" & ")};\n`,
  );
  return out.join("\n");
}

function formFieldLine(f: FormField): string {
  const known = extensibleValues(f.type);
  const doc = docs(f.description, known ? possibleValues(known) : undefined);
  return `${doc}${propertyKey(f.wireName)}${f.required ? "" : "?"}: ${typeText(f.type, "input")};\n`;
}

/** A multipart part: its name, and a body of the field's type (a file for binary fields). */
function partDescriptor(op: Operation, f: FormField): string {
  const element = f.type.kind === "array" ? f.type.element : f.type;
  const body =
    element.kind === "binary" ? `${typeText(element, "input")} | Blob` : typeText(element, "input");
  const file = element.kind === "binary" ? "filename?: string;\ncontentType?: string;\n" : "";
  const required = f.required ? "Required." : "Optional.";
  const many = f.type.kind === "array" ? " May be repeated, one part per item." : "";
  return `${docs(f.description, `${required}${many}`)}export interface ${formPartName(op, f.wireName)} {\nname: ${JSON.stringify(f.wireName)};\nbody: ${body};\n${file}}\n`;
}

/** The TypeScript type of a body, with any declarations it needs. */
function bodyType(op: Operation, b: RequestBody): { type: string; declarations: string[] } {
  const fields = b.formFields ?? [];
  if (b.encodings.includes("urlencoded")) {
    // The client's form policy turns this object into name=value pairs.
    return { type: `{\n${fields.map(formFieldLine).join("")}}`, declarations: [] };
  }
  if (b.encodings.includes("multipart")) {
    const names = fields.map((f) => formPartName(op, f.wireName));
    return {
      type: `FormData | Array<${names.join(" | ")}>`,
      declarations: fields.map((f) => partDescriptor(op, f)),
    };
  }
  return { type: typeText(b.type, "input"), declarations: [] };
}

/** `parameters.ts`: one `<Group><Op>Parameters` type per operation. */
export function buildParameters(model: ClientModel): GeneratedFile {
  const refs = new Set<string>();
  for (const op of model.operations) {
    if (!op.body?.formFields) modelRefs(op.body?.type, "input", refs);
    for (const f of op.body?.formFields ?? []) modelRefs(f.type, "input", refs);
  }
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
