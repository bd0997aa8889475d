/**
 * Mutations of a valid body, one per (property, kind): each breaks exactly one schema rule, or
 * changes something the spec allows. Driven by the schema the body is walked with, so every
 * property of every sample gets the same treatment.
 */
import type { OpenAPIV2 } from "openapi-types";
import type { SpecDocument } from "../validator/spec/model.js";
import { appendPointer } from "../validator/spec/pointer.js";
import { enumOf } from "../validator/spec/resolve.js";
import { walkValue, type Site } from "../validator/spec/walk.js";
import { BAD_FORMAT_VALUES, otherCase, UNKNOWN_ENUM_VALUE, wrongTypeValue } from "./badValues.js";
import { deleteAt, setAt } from "./edit.js";
import { ACCEPT, reject, type Expectation, type ExpectedViolation } from "./types.js";

export interface BodyMutation {
  readonly name: string;
  readonly body: unknown;
  readonly want: Expectation;
}

/** Name of the extra property added to objects (accepted unless `additionalProperties: false`). */
export const EXTRA_PROPERTY = "conformanceExtraProperty";

export function bodyMutations(
  spec: SpecDocument,
  schema: OpenAPIV2.Schema,
  schemaPointer: string,
  body: unknown,
): BodyMutation[] {
  const out: BodyMutation[] = [];
  walkValue(spec, schema, schemaPointer, body, (site) => out.push(...siteMutations(body, site)));
  return out;
}

function siteMutations(body: unknown, site: Site): BodyMutation[] {
  const { pointer, value } = site;
  const schema = site.schema.schema;
  const at = pointer || "(root)";
  const out: BodyMutation[] = [];
  const enumeration = enumOf(schema);
  const closedEnum = enumeration !== undefined && !enumeration.extensible;
  const body_ = (code: ExpectedViolation["code"], p = pointer): ExpectedViolation => ({
    code,
    location: "body",
    pointer: p,
  });
  // A closed enum also rejects a value of the wrong type (draft-04 checks `enum` independently).
  const typeBreak = (): Expectation =>
    closedEnum
      ? reject(body_("INVALID_TYPE"), body_("ENUM_MISMATCH"))
      : reject(body_("INVALID_TYPE"));

  if (site.property) {
    out.push(
      site.property.required
        ? {
            name: `drop required ${at}`,
            body: deleteAt(body, pointer),
            want: reject(body_("OBJECT_MISSING_REQUIRED_PROPERTY")),
          }
        : { name: `drop optional ${at}`, body: deleteAt(body, pointer), want: ACCEPT },
    );
  }
  const type = typeof schema.type === "string" ? schema.type : undefined;
  const wrong = type ? wrongTypeValue(type) : undefined;
  if (wrong !== undefined) {
    out.push({
      name: `wrong type ${at} (${typeof wrong} for ${type})`,
      body: setAt(body, pointer, wrong),
      want: typeBreak(),
    });
  }
  if (type) {
    out.push({
      name: `null ${at}`,
      body: setAt(body, pointer, null),
      want: site.schema.nullable ? ACCEPT : typeBreak(),
    });
  }
  if (enumeration && typeof value === "string") {
    const variant = otherCase(value);
    if (variant !== undefined && !enumeration.values.includes(variant)) {
      out.push({
        name: `enum in another case ${at} (${variant})`,
        body: setAt(body, pointer, variant),
        want: reject(body_("ENUM_CASE_MISMATCH")),
      });
    }
    out.push({
      name: `unknown enum value ${at} (${enumeration.extensible ? "extensible" : "closed"})`,
      body: setAt(body, pointer, UNKNOWN_ENUM_VALUE),
      want: enumeration.extensible ? ACCEPT : reject(body_("ENUM_MISMATCH")),
    });
  }
  const format = typeof schema.format === "string" ? schema.format : undefined;
  if (format && Object.hasOwn(BAD_FORMAT_VALUES, format)) {
    out.push({
      name: `bad ${format} ${at}`,
      body: setAt(body, pointer, BAD_FORMAT_VALUES[format]),
      want: reject(body_("INVALID_FORMAT")),
    });
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && type === "object") {
    const extra = appendPointer(pointer, EXTRA_PROPERTY);
    if (schema.additionalProperties === false) {
      out.push({
        name: `undeclared property ${extra}`,
        body: setAt(body, extra, 1),
        want: reject(body_("OBJECT_ADDITIONAL_PROPERTIES", extra)),
      });
    } else if (schema.additionalProperties === undefined) {
      // Swagger 2.0 / draft-04 default: objects are open; Azure adds properties over time.
      out.push({ name: `undeclared property ${extra}`, body: setAt(body, extra, 1), want: ACCEPT });
    }
  }
  return out;
}
