/**
 * Compiles every response body and header schema once, when the validator is created, and keeps
 * them in a cache keyed by operation + response key. Compiling eagerly also means a spec ajv
 * cannot handle (unknown keyword or format, bad `$ref`) fails `createValidator()`, not a test run.
 */
import type Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv";
import type { OpenAPIV2 } from "openapi-types";
import { SpecLoadError } from "../errors.js";
import type { OperationModel, SpecModel } from "../spec/model.js";
import { transformSchema } from "./transform.js";

export interface CompiledResponse {
  /** Absent when the response declares no body. */
  readonly body?: ValidateFunction;
  /** By lower-cased header name. */
  readonly headers: ReadonlyMap<string, ValidateFunction>;
}

export type CompiledCache = ReadonlyMap<string, CompiledResponse>;

export function cacheKey(operationId: string, responseKey: string): string {
  return `${operationId} ${responseKey}`;
}

export function compileAll(ajv: Ajv, model: SpecModel): CompiledCache {
  for (const spec of model.specs) {
    const definitions = (spec.doc.definitions ?? {}) as Record<string, OpenAPIV2.Schema>;
    try {
      ajv.addSchema(transformSchema({ definitions } as OpenAPIV2.SchemaObject, spec.uri), spec.uri);
    } catch (error) {
      throw new SpecLoadError(spec.path, `definitions: ${(error as Error).message}`);
    }
  }
  const cache = new Map<string, CompiledResponse>();
  for (const operation of model.operations.values()) {
    for (const response of operation.responses.values()) {
      cache.set(
        cacheKey(operation.operationId, response.key),
        compileResponse(ajv, operation, response.key),
      );
    }
  }
  return cache;
}

function compileResponse(ajv: Ajv, operation: OperationModel, key: string): CompiledResponse {
  const response = operation.responses.get(key);
  if (!response) throw new Error(`no response ${key}`);
  const { spec } = operation;
  const where = `${operation.operationId} response ${key}`;
  try {
    const headers = new Map<string, ValidateFunction>();
    for (const header of response.headers) {
      // A header object is a schema subset (type, format, enum, items, ...); `collectionFormat`
      // is not a schema keyword (headers/coerce.ts splits on it before validation).
      const schema: Record<string, unknown> = { ...header.schema };
      delete schema.collectionFormat;
      headers.set(header.lower, ajv.compile(transformSchema(schema as OpenAPIV2.Schema, spec.uri)));
    }
    return {
      ...(response.schema ? { body: ajv.compile(transformSchema(response.schema, spec.uri)) } : {}),
      headers,
    };
  } catch (error) {
    throw new SpecLoadError(spec.path, `${where}: ${(error as Error).message}`);
  }
}
