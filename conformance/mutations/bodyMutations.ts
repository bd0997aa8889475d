/**
 * Mutations of a valid body, one per (property, kind): each breaks exactly one schema rule, or
 * changes something the spec allows. Driven by the schema the body is walked with, so every
 * property of every sample gets the same treatment.
 */
import { isBinaryBody, type SchemaNode } from "../validator/spec/model.js";
import { appendPointer } from "../validator/spec/pointer.js";
import { BAD_FORMAT_VALUES, otherCase, UNKNOWN_ENUM_VALUE, wrongTypeValue } from "./badValues.js";
import { deleteAt, setAt } from "./edit.js";
import { ACCEPT, reject, type Expectation, type ExpectedViolation } from "./types.js";
import { walkValue, type Site } from "./walk.js";

export interface BodyMutation {
  readonly name: string;
  readonly body: unknown;
  readonly want: Expectation;
}

/** Name of the extra property added to objects (accepted unless `additionalProperties: false`). */
export const EXTRA_PROPERTY = "conformanceExtraProperty";

export function bodyMutations(schema: SchemaNode, body: unknown): BodyMutation[] {
  // Bytes, which the validator does not look into: nothing to break.
  if (isBinaryBody(schema)) return [];
  const out: BodyMutation[] = [];
  walkValue(schema, body, (site) => out.push(...siteMutations(body, site)));
  return out;
}

function siteMutations(body: unknown, site: Site): BodyMutation[] {
  const { pointer, value } = site;
  const { schema } = site;
  const at = pointer || "(root)";
  const out: BodyMutation[] = [];
  const enumeration = schema.enum;
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
  const type = schema.type === "file" ? undefined : schema.type;
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
      want: site.nullable ? ACCEPT : typeBreak(),
    });
  }
  if (site.property?.discriminator) {
    out.push({
      name: `unknown discriminator value ${at}`,
      body: setAt(body, pointer, UNKNOWN_ENUM_VALUE),
      want: reject(body_("DISCRIMINATOR_VALUE_NOT_FOUND")),
    });
  } else if (enumeration && typeof value === "string") {
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
  const { format } = schema;
  if (format && Object.hasOwn(BAD_FORMAT_VALUES, format) && formatFits(format, type)) {
    out.push({
      name: `bad ${format} ${at}`,
      body: setAt(body, pointer, BAD_FORMAT_VALUES[format]),
      want: reject(body_("INVALID_FORMAT")),
    });
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && type === "object") {
    const extra = appendPointer(pointer, EXTRA_PROPERTY);
    if (schema.shape.closed) {
      out.push({
        name: `undeclared property ${extra}`,
        body: setAt(body, extra, 1),
        want: reject(body_("OBJECT_ADDITIONAL_PROPERTIES", extra)),
      });
    } else if (schema.additionalProperties === true) {
      // Swagger 2.0 / draft-04 default: objects are open; Azure adds properties over time.
      out.push({ name: `undeclared property ${extra}`, body: setAt(body, extra, 1), want: ACCEPT });
    }
  }
  return out;
}

/** A bad value of a string format breaks a string, a numeric one a number. */
function formatFits(format: string, type: string | undefined): boolean {
  const bad = BAD_FORMAT_VALUES[format];
  return typeof bad === "string" ? type === "string" : type === "integer" || type === "number";
}
