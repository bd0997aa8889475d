/**
 * The one ajv instance of a validator: draft-04 (what Swagger 2.0 schemas are), strict mode on,
 * Swagger's vendor keywords registered, every format the specs use known.
 */
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { EXTRA_FORMATS } from "./formats.js";
import { ANNOTATION_KEYWORDS } from "./vendorKeywords.js";
import { xMsEnumKeyword } from "./xMsEnum.js";

export function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: true,
    // `x-nullable` turns `type: "string"` into `["string", "null"]`; strictTypes forbids unions
    // unless allowed. Everything else of strictTypes stays on.
    allowUnionTypes: true,
    // A response is reported as a whole: every failing property, not just the first.
    allErrors: true,
    // Errors carry their `parentSchema`, to recognise the `anyOf` an `x-nullable` $ref becomes
    // (schema/toViolations.ts). Only the failure path pays for it.
    verbose: true,
    // Formats are checked in full (e.g. a date-time's calendar date), not by a quick regex.
    formats: {},
  });
  addFormats(ajv, { mode: "full" });
  for (const [name, format] of Object.entries(EXTRA_FORMATS)) ajv.addFormat(name, format);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  ajv.addKeyword(xMsEnumKeyword);
  return ajv;
}
