import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import type { ApiName } from "../../../emulator/apis/api-name.js";

/**
 * Checks an emulator answer against the spec it emulates: status, Content-Type, body schema and
 * typed headers. A small stand-in for conformance/validator/, which this suite must not depend on.
 */
const SPECS: Record<ApiName, string> = {
  dataset: "specs/data-plane/Creator/stable/2.0/dataset.json",
  dataRegistry: "specs/data-plane/DataRegistry/stable/2023-06-01/dataregistry.json",
};
const PATHS: Record<ApiName, string> = {
  dataset: "/datasets/operations/{operationId}",
  dataRegistry: "/dataRegistries/operations/{operationId}",
};

interface HeaderSchema {
  type: string;
  format?: string;
}
interface ResponseSpec {
  schema: { $ref: string };
  headers?: Record<string, HeaderSchema>;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

// Swagger carries x-ms-* keywords that ajv would reject in strict mode.
const ajv = new Ajv04({ strict: false, allErrors: true });
addFormats(ajv);
// ajv-formats' `url` rejects loopback and private hosts (it is a "public web URL" check); the
// specs' `format: url` (AutoRest) means any absolute URL, and the emulator's own is on 127.0.0.1.
ajv.addFormat("url", (value: string) => /^https?:$/.test(URL.parse(value)?.protocol ?? ""));
const definitions = {} as Record<ApiName, Record<string, unknown>>;
const specs = Object.fromEntries(
  (Object.keys(SPECS) as ApiName[]).map((api) => {
    const spec = JSON.parse(readFileSync(resolve(__dirname, "../../..", SPECS[api]), "utf8"));
    ajv.addSchema({ id: `${api}.json`, definitions: spec.definitions });
    definitions[api] = spec.definitions;
    return [api, spec.paths[PATHS[api]].get.responses as Record<string, ResponseSpec>];
  }),
) as Record<ApiName, Record<string, ResponseSpec>>;
const compiled = new Map<string, ValidateFunction>();

function validator(api: ApiName, ref: string): ValidateFunction {
  const key = `${api}.json${ref}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: key });
    compiled.set(key, validate);
  }
  return validate;
}

/** Every way `answer` departs from the spec; empty when it conforms. */
export function specViolations(api: ApiName, answer: HttpAnswer): string[] {
  const responses = specs[api];
  const spec = responses[String(answer.status)] ?? responses.default;
  if (spec === undefined) return [`status ${answer.status} is not in the spec`];
  const problems: string[] = [];
  const contentType = String(answer.headers["content-type"] ?? "");
  if (!contentType.startsWith("application/json")) {
    problems.push(`content-type is '${contentType}', not application/json`);
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...problems, "body is not JSON"];
  }
  const validate = validator(api, spec.schema.$ref);
  if (!validate(body)) {
    for (const error of validate.errors ?? []) {
      problems.push(`body${error.instancePath} ${error.message ?? error.keyword}`);
    }
  }
  for (const [name, schema] of Object.entries(spec.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : value;
    if (schema.type === "integer" && !/^-?\d+$/.test(text)) {
      problems.push(`header ${name} '${text}' is not an integer`);
    }
    if (
      schema.format !== undefined &&
      !ajv.validate({ type: "string", format: schema.format }, text)
    ) {
      problems.push(`header ${name} '${text}' is not a ${schema.format}`);
    }
  }
  return problems;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  type?: string;
}

/**
 * JSON pointers of body properties the spec does not declare. Neither spec sets
 * `additionalProperties: false`, so schema validation lets another API's error fields through;
 * this walk does not. Free-form objects (`type: object` without `properties`) are not entered.
 */
export function undeclaredProperties(api: ApiName, answer: HttpAnswer): string[] {
  const spec = specs[api][String(answer.status)] ?? specs[api].default;
  if (spec === undefined) return [];
  const found: string[] = [];
  walk(api, { $ref: spec.schema.$ref }, JSON.parse(answer.text), "", found);
  return found;
}

function walk(api: ApiName, node: SchemaNode, value: unknown, pointer: string, found: string[]) {
  const schema = resolveRef(api, node);
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items !== undefined) {
      value.forEach((item, index) => walk(api, items, item, `${pointer}/${index}`, found));
    }
    return;
  }
  if (typeof value !== "object" || value === null || schema.properties === undefined) return;
  for (const [key, item] of Object.entries(value)) {
    const property = schema.properties[key];
    if (property === undefined) found.push(`${pointer}/${key}`);
    else walk(api, property, item, `${pointer}/${key}`, found);
  }
}

function resolveRef(api: ApiName, node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace(/^#\/definitions\//, "");
  return resolveRef(api, definitions[api][name] as SchemaNode);
}
