/**
 * Compiles every response body and header schema once, when the validator is created. A schema
 * ajv still cannot compile (it should not happen: `emit.ts` writes clean draft 4) leaves that
 * part unchecked with a warning, rather than making the spec unloadable.
 */
import type { ValidateFunction } from "ajv";
import type { OperationModel, ResponseModel, SpecModel } from "../spec/model.js";
import { appendPointer } from "../spec/pointer.js";
import type { SpecWarning } from "../spec/warnings.js";
import { createAjv } from "./ajv.js";
import { SchemaEmitter, type JsonSchema } from "./emit.js";

export interface CompiledResponse {
  /** Absent when the response declares no body. */
  readonly body?: ValidateFunction;
  /** By lower-cased header name. */
  readonly headers: ReadonlyMap<string, ValidateFunction>;
}

/** operationId → response key → compiled checks. */
export type CompiledModel = ReadonlyMap<string, ReadonlyMap<string, CompiledResponse>>;

export function compileModel(model: SpecModel, warnings: SpecWarning[]): CompiledModel {
  const emitter = new SchemaEmitter();
  const emit = (operation: OperationModel, using: SchemaEmitter) =>
    [...operation.responses.values()].map((response) => ({
      response,
      body: response.schema && using.use(response.schema),
      headers: response.headers.map((h) => [h.lower, using.use(h.schema)] as const),
    }));
  const emitted = [...model.operations.values()].map((operation) => ({
    operation,
    responses: emit(operation, emitter),
  }));
  // A POST's response may return secrets (listKeys): emitted again where secrets are allowed,
  // only when the specs have a secret at all.
  const emitters = [emitter];
  if (emitter.sawSecret) {
    const posts = new SchemaEmitter({ secretsAllowed: true, idPrefix: "post:" });
    emitters.push(posts);
    for (const entry of emitted) {
      if (entry.operation.method === "POST") entry.responses = emit(entry.operation, posts);
    }
  }

  let where = { specPath: "", pointer: "" };
  const ajv = createAjv((message) =>
    warnings.push({ code: "SCHEMA_STRICT", ...where, message: String(message) }),
  );
  for (const { named } of emitters) for (const [id, schema] of named) ajv.addSchema(schema, id);
  /**
   * A schema that only names another (`{ $ref }`, what most bodies are) is that one's own
   * function: ajv would otherwise compile a wrapper that calls it, allocating its options object
   * on every call, and report the very same errors.
   */
  const named = (schema: JsonSchema): ValidateFunction | undefined =>
    Object.keys(schema).length === 1 && typeof schema.$ref === "string"
      ? ajv.getSchema(schema.$ref)
      : undefined;

  const compiled = new Map<string, Map<string, CompiledResponse>>();
  for (const { operation, responses } of emitted) {
    const byKey = new Map<string, CompiledResponse>();
    for (const { response, body, headers } of responses) {
      where = {
        specPath: operation.spec.path,
        pointer: responsePointer(operation.path, operation.method, response),
      };
      const compile = (schema: JsonSchema): ValidateFunction | undefined => {
        try {
          return named(schema) ?? ajv.compile(schema);
        } catch (error) {
          warnings.push({
            code: "SCHEMA_STRICT",
            ...where,
            message: `not checked: ${(error as Error).message}`,
          });
          return undefined;
        }
      };
      const headerChecks = new Map<string, ValidateFunction>();
      for (const [name, schema] of headers) {
        const check = compile(schema);
        if (check) headerChecks.set(name, check);
      }
      const bodyCheck = body && compile(body);
      byKey.set(response.key, { ...(bodyCheck ? { body: bodyCheck } : {}), headers: headerChecks });
    }
    compiled.set(operation.operationId, byKey);
  }
  return compiled;
}

function responsePointer(urlPath: string, method: string, response: ResponseModel): string {
  return [urlPath, method.toLowerCase(), "responses", response.key].reduce(appendPointer, "/paths");
}
