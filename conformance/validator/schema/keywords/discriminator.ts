/**
 * Polymorphism, as `emit.ts` writes it for a schema with a discriminator:
 * `{ "x-discriminator": { property, values }, "x-discriminator-map": [schema, ...] }`, the map
 * holding one schema per value, in the same order, the schema itself first. An object is checked
 * against the schema its discriminator value names (as oav does). Without a string there (absent,
 * `null`, a number) it is checked against the schema itself, whose `required` and `type` say what
 * is wrong; an unknown string is `DISCRIMINATOR_VALUE_NOT_FOUND`.
 *
 * A `code` keyword so that the chosen schema is applied as ajv applies any subschema: its errors
 * carry the right instance paths and nothing is validated twice.
 */
import type { CodeKeywordDefinition, KeywordDefinition, KeywordErrorDefinition } from "ajv";
import { _, str, type Name } from "ajv";
import { listed, quoted } from "../../quote.js";

interface Discriminator {
  readonly property: string;
  readonly values: readonly string[];
}

const error: KeywordErrorDefinition = {
  // A value can name a real definition that is no subtype of this base, or differ in case only:
  // the message says what this place accepts rather than that the value names nothing.
  message: ({ params }) =>
    str`discriminator ${params.property} is ${params.shown}, not one of the values allowed here: ${params.allowed}`,
  params: ({ params }) =>
    _`{discriminator: ${params.property}, value: ${params.value}, allowed: ${params.allowed}}`,
};

const dispatch: CodeKeywordDefinition = {
  keyword: "x-discriminator-map",
  type: "object",
  schemaType: "array",
  error,
  code(cxt) {
    const { gen, data, parentSchema } = cxt;
    const { property, values } = parentSchema["x-discriminator"] as Discriminator;
    // Own properties only: an inherited `constructor` is no discriminator value.
    const tag = gen.const(
      "tag",
      _`Object.prototype.hasOwnProperty.call(${data}, ${property}) ? ${data}[${property}] : undefined`,
    );
    const valid = gen.let("valid", false);
    const apply = (index: number): Name => {
      const applied = gen.name("valid");
      cxt.subschema({ keyword: "x-discriminator-map", schemaProp: index }, applied);
      return applied;
    };
    gen.if(_`typeof ${tag} !== "string"`);
    gen.assign(valid, apply(0));
    values.forEach((value, index) => {
      gen.elseIf(_`${tag} === ${value}`);
      gen.assign(valid, apply(index));
    });
    gen.else();
    // Quoted and cut as every value in a message (a base may have hundreds of subtypes, and a
    // hostile value may be long).
    const quote = gen.scopeValue("keyword", { ref: quoted });
    const shown = _`${quote}(${tag})`;
    cxt.error(false, { property, value: tag, shown, allowed: listed(values) });
    gen.endIf();
    cxt.ok(valid);
  },
};

export const discriminatorKeywords: readonly KeywordDefinition[] = [
  { keyword: "x-discriminator", schemaType: "object" },
  dispatch,
];
