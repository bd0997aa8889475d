/**
 * Specs written on the fly: a one-operation Swagger 2.0 document around a body schema, in a
 * temporary folder, so that loading is tested through files as a user's specs are read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSpecs, type SchemaNode } from "../../../../conformance/validator/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "validator-specs-"));
let written = 0;

/** Writes `doc` (an object, or raw text) as `<name>` and returns its path. */
export function writeSpec(doc: unknown, name = `spec-${++written}.json`): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof doc === "string" ? doc : JSON.stringify(doc));
  return file;
}

/** A Swagger 2.0 document whose one operation, `X_Get`, answers 200 with `schema`. */
export function specAround(
  schema: unknown,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    swagger: "2.0",
    info: { title: "t", version: "1" },
    paths: {
      "/x": { get: { operationId: "X_Get", responses: { "200": { description: "ok", schema } } } },
    },
    ...extra,
  };
}

/** The normalised node of `schema`, read as the body schema of a spec written for it. */
export function nodeOf(schema: unknown, definitions: Record<string, unknown> = {}): SchemaNode {
  const model = loadSpecs([writeSpec(specAround(schema, { definitions }))]);
  return model.operations.get("X_Get")!.responses.get("200")!.schema!;
}
