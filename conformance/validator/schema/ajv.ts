/**
 * The one ajv instance of a validator: draft-04 (what Swagger 2.0 schemas are), every known format
 * (`spec/vocabulary.ts`) checked in full, and the few keywords `emit.ts` writes. Strict mode logs
 * instead of throwing: the emitted schemas are clean by construction, so a finding is a validator
 * bug, reported as a `SCHEMA_STRICT` warning rather than a spec that cannot be loaded.
 */
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { EXTRA_FORMATS } from "./formats.js";
import { patternEngine } from "./pattern.js";
import { discriminatorKeywords } from "./keywords/discriminator.js";
import { notInResponseKeyword } from "./keywords/notInResponse.js";
import { uniqueItemsKeyword } from "./keywords/uniqueItems.js";
import { xMsEnumKeyword } from "./keywords/xMsEnum.js";

export function createAjv(log: (message: string) => void): Ajv {
  const logger = { log: () => undefined, warn: log, error: log };
  const ajv = new Ajv({
    strictSchema: "log",
    strictTypes: "log",
    strictTuples: "log",
    strictRequired: false,
    validateSchema: "log",
    logger,
    // `x-nullable` turns `type: "string"` into `["string", "null"]`.
    allowUnionTypes: true,
    // A response is reported as a whole: every failing property, not just the first.
    allErrors: true,
    // Errors carry their `parentSchema`, to recognise the `anyOf` a nullable `$ref` becomes
    // (schema/toViolations.ts). Only the failure path pays for it.
    verbose: true,
    // Formats are checked in full (e.g. a date's calendar), not by a quick regex.
    formats: {},
    // Patterns that could backtrack exponentially on a hostile value run in linear time.
    code: { regExp: patternEngine as never },
  });
  addFormats(ajv, { mode: "full" });
  for (const [name, format] of Object.entries(EXTRA_FORMATS)) ajv.addFormat(name, format);
  ajv.addKeyword({ keyword: "x-nullable", schemaType: "boolean" });
  ajv.addKeyword(xMsEnumKeyword);
  ajv.addKeyword(notInResponseKeyword);
  ajv.addKeyword(uniqueItemsKeyword);
  for (const keyword of discriminatorKeywords) ajv.addKeyword(keyword);
  return ajv;
}
