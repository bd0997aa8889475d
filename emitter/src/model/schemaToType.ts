import {
  SchemaType,
  type ArraySchema,
  type ChoiceSchema,
  type ConstantSchema,
  type DictionarySchema,
  type ObjectSchema,
  type Schema,
  type SealedChoiceSchema,
} from "@autorest/codemodel";
import { UnsupportedConstructError } from "../errors.js";
import type { TypeRef } from "./types.js";

const STRINGS = new Set<string>([
  SchemaType.String,
  SchemaType.Char,
  SchemaType.Uri,
  SchemaType.Uuid,
  SchemaType.Duration,
  SchemaType.ByteArray,
  SchemaType.ArmId,
  SchemaType.Credential,
  // @autorest/typescript types unix time as a string too; kept for a drop-in switch.
  SchemaType.UnixTime,
]);

const DATES = new Set<string>([SchemaType.Date, SchemaType.DateTime, SchemaType.Time]);

/** Maps a code-model schema to a TypeRef; `where` is the JSON pointer used in errors. */
export function schemaToType(schema: Schema, where: string): TypeRef {
  if (STRINGS.has(schema.type)) return { kind: "string" };
  if (DATES.has(schema.type)) return { kind: "datetime" };
  switch (schema.type) {
    case SchemaType.Integer:
    case SchemaType.Number:
      return { kind: "number" };
    case SchemaType.Boolean:
      return { kind: "boolean" };
    case SchemaType.Any:
      return { kind: "unknown" };
    case SchemaType.AnyObject:
      return { kind: "anyObject" };
    case SchemaType.Binary:
      return { kind: "binary" };
    case SchemaType.Constant:
      return { kind: "constant", value: (schema as ConstantSchema).value.value as string };
    case SchemaType.Choice:
    case SchemaType.SealedChoice: {
      const choice = schema as ChoiceSchema | SealedChoiceSchema;
      return {
        kind: "enum",
        values: choice.choices.map((c) => c.value),
        extensible: schema.type === SchemaType.Choice,
      };
    }
    case SchemaType.Array:
      return { kind: "array", element: schemaToType((schema as ArraySchema).elementType, where) };
    case SchemaType.Dictionary:
      return {
        kind: "dictionary",
        element: schemaToType((schema as DictionarySchema).elementType, where),
      };
    case SchemaType.Object:
      return { kind: "model", name: (schema as ObjectSchema).language.default.name };
    default:
      throw new UnsupportedConstructError(`schema type "${schema.type}"`, where);
  }
}
