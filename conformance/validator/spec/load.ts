/**
 * Swagger 2.0 files → `SpecModel`: operations (under `paths` and `x-ms-paths`), their responses
 * (`$ref`s to `#/responses` or to other files followed) and every schema read into `SchemaNode`s.
 * Only a file the caller names can make this throw: missing, not JSON, not Swagger 2.0. Whatever
 * is inside is read generously and warned about.
 *
 * Not built on @apidevtools/swagger-parser: its `validate()` refuses the sloppy specs this must
 * load, `dereference()` replaces each `$ref` by the object it names and so loses the
 * `<file>#<pointer>` identity that coverage keys and recursive schemas rely on, and it would be a
 * runtime dependency of the package (it is a dev dependency of the repository, for the spec
 * checks). What is left of its job, reading files and following `$ref`s, is `files.ts`.
 */
import path from "node:path";
import { SpecLoadError } from "../errors.js";
import type { NullsPolicy } from "../options.js";
import { hasNoContent } from "../status.js";
import { SpecFiles, type SpecFile } from "./files.js";
import { link } from "./link.js";
import type { ExampleRef, HeaderModel, OperationModel, ResponseModel, SpecModel } from "./model.js";
import { appendPointer } from "./pointer.js";
import { addPolymorphism } from "./polymorphism.js";
import { SchemaReader } from "./schema.js";
import { WarningLog } from "./warnings.js";

type Raw = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

/** @param nulls where `null` is accepted beyond `x-nullable: true` (see `ValidatorOptions.nulls`) */
export function loadSpecs(
  specPaths: readonly string[],
  nulls: NullsPolicy = "declared",
): SpecModel {
  const warnings = new WarningLog();
  const files = new SpecFiles(warnings);
  const reader = new SchemaReader(files, warnings, nulls);
  const specs = specPaths.map((specPath) => readSpec(files, specPath, warnings));
  const operations = new Map<string, OperationModel>();
  for (const spec of specs) {
    for (const operation of operationsOf(spec, reader, warnings)) {
      const clash = operations.get(operation.operationId);
      if (clash) {
        warnings.add(
          "DUPLICATE_OPERATION_ID",
          spec.path,
          appendPointer(appendPointer("/paths", operation.path), operation.method.toLowerCase()),
          `operationId ${operation.operationId} is also declared in ${clash.spec.path}; this one is ignored`,
        );
        continue;
      }
      operations.set(operation.operationId, operation);
    }
  }
  addPolymorphism(reader);
  link(reader);
  return { specs, operations, warnings: warnings.list };
}

function readSpec(files: SpecFiles, specPath: string, warnings: WarningLog): SpecFile {
  let spec: SpecFile;
  try {
    spec = files.entry(specPath);
  } catch (error) {
    throw new SpecLoadError(path.resolve(specPath), (error as Error).message);
  }
  const doc = spec.doc as Raw | null;
  const version = doc !== null && typeof doc === "object" ? doc.swagger : undefined;
  // `"swagger": 2.0` unquoted, as in OAI's own petstore-expanded example: what was meant is clear.
  if (version === 2) {
    const message = 'swagger is the number 2.0, not the string "2.0"; read as "2.0"';
    warnings.add("INVALID_KEYWORD_VALUE", spec.path, "/swagger", message);
  } else if (version !== "2.0") {
    throw new SpecLoadError(spec.path, 'not a Swagger 2.0 document ("swagger": "2.0" missing)');
  }
  return spec;
}

function* operationsOf(
  spec: SpecFile,
  reader: SchemaReader,
  warnings: WarningLog,
): Generator<OperationModel> {
  const doc = spec.doc as Raw;
  for (const section of ["paths", "x-ms-paths"]) {
    for (const [urlPath, declared] of Object.entries(objectOr(doc[section]))) {
      let itemFile = spec;
      let itemPointer = appendPointer(`/${section}`, urlPath);
      let item = objectOr(declared);
      // A path item may live in another file (`{"$ref": "./paths/x.json"}`).
      if (typeof item.$ref === "string") {
        const named = reader.files.resolve(spec, item.$ref, appendPointer(itemPointer, "$ref"));
        if (!named) continue;
        [itemFile, itemPointer, item] = [named.file, named.pointer, objectOr(named.value)];
      }
      for (const method of METHODS) {
        const operation = item[method];
        if (operation === null || typeof operation !== "object") continue;
        const raw = operation as Raw;
        const pointer = appendPointer(itemPointer, method);
        let operationId = raw.operationId;
        if (typeof operationId !== "string" || operationId === "") {
          operationId = `${method.toUpperCase()} ${urlPath}`;
          warnings.add(
            "MISSING_OPERATION_ID",
            itemFile.path,
            pointer,
            `no operationId; addressed as ${JSON.stringify(operationId)}`,
          );
        }
        yield {
          operationId: operationId as string,
          method: method.toUpperCase(),
          path: urlPath,
          spec,
          produces: mediaTypes(raw.produces ?? doc.produces),
          responses: responsesOf(itemFile, raw, pointer, reader, warnings),
          examples: examplesOf(itemFile, raw),
        };
      }
    }
  }
}

function responsesOf(
  file: SpecFile,
  operation: Raw,
  operationPointer: string,
  reader: SchemaReader,
  warnings: WarningLog,
): ReadonlyMap<string, ResponseModel> {
  const responses = new Map<string, ResponseModel>();
  const declared = objectOr(operation.responses);
  for (const [key, value] of Object.entries(declared)) {
    if (key.startsWith("x-")) continue;
    let at = { file, pointer: appendPointer(appendPointer(operationPointer, "responses"), key) };
    if (key !== "default" && !/^[1-5]\d\d$/.test(key)) {
      warnings.add(
        "INVALID_RESPONSE_KEY",
        file.path,
        at.pointer,
        `${key} is not a status code; skipped`,
      );
      continue;
    }
    let response = objectOr(value);
    if (typeof response.$ref === "string") {
      const named = reader.files.resolve(file, response.$ref, appendPointer(at.pointer, "$ref"));
      if (named) {
        at = named;
        response = objectOr(named.value);
      }
    }
    if (response.schema !== undefined && key !== "default" && hasNoContent(Number(key))) {
      const message = `a ${key} response has no content (RFC 9110): its schema is never used, and a body is INVALID_RESPONSE_BODY`;
      warnings.add(
        "INVALID_KEYWORD_VALUE",
        at.file.path,
        appendPointer(at.pointer, "schema"),
        message,
      );
    }
    const headers: HeaderModel[] = Object.entries(objectOr(response.headers)).map(
      ([name, header]) => ({
        name,
        lower: name.toLowerCase(),
        schema: reader.node(
          at.file,
          appendPointer(appendPointer(at.pointer, "headers"), name),
          header,
        ),
        collectionFormat:
          typeof (header as Raw | null)?.collectionFormat === "string"
            ? ((header as Raw).collectionFormat as string)
            : "csv",
      }),
    );
    responses.set(key, {
      key,
      errorOnly: key === "default" && response["x-ms-error-response"] === true,
      schema:
        response.schema === undefined
          ? undefined
          : reader.node(at.file, appendPointer(at.pointer, "schema"), response.schema),
      headers,
    });
  }
  return responses;
}

/**
 * `produces` as media types: a list as Swagger says, or a single (possibly comma-separated) string
 * as some specs write it. Parameters (`; charset=utf-8`) are kept; `contentType.ts` ignores them.
 */
function mediaTypes(produces: unknown): string[] {
  const list = Array.isArray(produces) ? produces : typeof produces === "string" ? [produces] : [];
  return list
    .filter((entry): entry is string => typeof entry === "string")
    .flatMap((entry) => entry.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

function examplesOf(file: SpecFile, operation: Raw): ExampleRef[] {
  return Object.entries(objectOr(operation["x-ms-examples"])).flatMap(([title, ref]) => {
    const target = (ref as { $ref?: unknown } | null)?.$ref;
    return typeof target === "string"
      ? [{ title, file: path.resolve(path.dirname(file.path), target) }]
      : [];
  });
}

function objectOr(value: unknown): Raw {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
}
