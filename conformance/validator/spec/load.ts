/**
 * Reads Swagger 2.0 files into the `SpecModel`. Synchronous on purpose: the specs are small local
 * files and a synchronous `createValidator()` is simpler for every caller (tests, emulator, CLI).
 * `$ref`s are not dereferenced here: the recursive definitions (ErrorDetail.details) would become
 * cycles that ajv cannot compile; ajv resolves them by id instead (schema/compile.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { OpenAPIV2 } from "openapi-types";
import { SpecLoadError } from "../errors.js";
import type {
  ExampleRef,
  HeaderModel,
  OperationModel,
  ResponseModel,
  SpecDocument,
  SpecModel,
} from "./model.js";
import { appendPointer, getByPointer } from "./pointer.js";

type ResponseWithExtensions = OpenAPIV2.ResponseObject & {
  $ref?: string;
  "x-ms-error-response"?: boolean;
};

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

export function loadSpecs(specPaths: readonly string[]): SpecModel {
  const specs = specPaths.map(readSpec);
  const operations = new Map<string, OperationModel>();
  for (const spec of specs) {
    for (const operation of operationsOf(spec)) {
      const clash = operations.get(operation.operationId);
      if (clash) {
        throw new SpecLoadError(
          spec.path,
          `operationId ${operation.operationId} is also declared in ${clash.spec.path}`,
        );
      }
      operations.set(operation.operationId, operation);
    }
  }
  return { specs, operations };
}

function readSpec(specPath: string): SpecDocument {
  const absolute = path.resolve(specPath);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(absolute, "utf8"));
  } catch (error) {
    throw new SpecLoadError(absolute, (error as Error).message);
  }
  if (doc === null || typeof doc !== "object" || (doc as { swagger?: unknown }).swagger !== "2.0") {
    throw new SpecLoadError(absolute, 'not a Swagger 2.0 document ("swagger": "2.0" missing)');
  }
  return {
    path: absolute,
    uri: pathToFileURL(absolute).href,
    name: path.basename(absolute),
    doc: doc as OpenAPIV2.Document,
  };
}

function* operationsOf(spec: SpecDocument): Generator<OperationModel> {
  for (const [urlPath, item] of Object.entries(spec.doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const pointer = appendPointer(appendPointer("/paths", urlPath), method);
      if (!operation.operationId) {
        throw new SpecLoadError(spec.path, `${pointer} has no operationId`);
      }
      yield {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path: urlPath,
        spec,
        produces: operation.produces ?? spec.doc.produces ?? [],
        responses: responsesOf(spec, operation, pointer),
        examples: examplesOf(spec, operation),
      };
    }
  }
}

function responsesOf(
  spec: SpecDocument,
  operation: OpenAPIV2.OperationObject,
  operationPointer: string,
): ReadonlyMap<string, ResponseModel> {
  const responses = new Map<string, ResponseModel>();
  for (const [key, declared] of Object.entries(operation.responses ?? {})) {
    if (!declared) continue;
    let pointer = appendPointer(appendPointer(operationPointer, "responses"), key);
    let response = declared as ResponseWithExtensions;
    if (typeof response.$ref === "string") {
      const ref = response.$ref;
      pointer = localRef(spec, ref);
      response = getByPointer(spec.doc, pointer) as ResponseWithExtensions;
      if (!response) throw new SpecLoadError(spec.path, `unresolvable response ${ref}`);
    }
    if (key !== "default" && !/^[1-5]\d\d$/.test(key)) {
      throw new SpecLoadError(spec.path, `${pointer}: response key ${key} is not a status code`);
    }
    const headers: HeaderModel[] = Object.entries(response.headers ?? {}).map(([name, schema]) => ({
      name,
      lower: name.toLowerCase(),
      schema,
    }));
    responses.set(key, {
      key,
      errorOnly: key === "default" && response["x-ms-error-response"] === true,
      ...(response.schema ? { schema: response.schema } : {}),
      schemaPointer: appendPointer(pointer, "schema"),
      headers,
    });
  }
  return responses;
}

function examplesOf(spec: SpecDocument, operation: OpenAPIV2.OperationObject): ExampleRef[] {
  const examples = (operation as { "x-ms-examples"?: Record<string, { $ref?: string }> })[
    "x-ms-examples"
  ];
  return Object.entries(examples ?? {}).flatMap(([title, ref]) =>
    typeof ref.$ref === "string"
      ? [{ title, file: path.resolve(path.dirname(spec.path), ref.$ref) }]
      : [],
  );
}

/** Pointer of a same-document `$ref`; the specs here have no cross-file schema refs. */
export function localRef(spec: SpecDocument, ref: string): string {
  if (!ref.startsWith("#")) {
    throw new SpecLoadError(spec.path, `only same-document $refs are supported, got ${ref}`);
  }
  return decodeURIComponent(ref.slice(1));
}
