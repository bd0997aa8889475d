import type {
  ArraySchema,
  ChoiceSchema,
  ConstantSchema,
  DateTimeSchema,
  DictionarySchema,
  ObjectSchema,
  Schema,
  SealedChoiceSchema,
} from "@autorest/codemodel";
import { SchemaType } from "./codeModelEnums.js";
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
  // A JavaScript Date would serialize as a full ISO date-time, which is not what a `date` or
  // `time` value looks like on the wire, so the caller formats these.
  SchemaType.Date,
  SchemaType.Time,
]);

function dateTime(schema: DateTimeSchema): TypeRef {
  // Core serializes a Date with toISOString(): right for `date-time`, wrong for RFC 1123.
  return schema.format === "date-time-rfc1123" ? { kind: "string" } : { kind: "datetime" };
}

/** Maps a code-model schema to a TypeRef; `where` is the JSON pointer used in errors. */
export function schemaToType(schema: Schema, where: string): TypeRef {
  if (STRINGS.has(schema.type)) return { kind: "string" };
  switch (schema.type) {
    case SchemaType.DateTime:
      return dateTime(schema as DateTimeSchema);
    // Seconds since the epoch travel as a JSON number (@autorest/typescript says string).
    case SchemaType.UnixTime:
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
      return {
        kind: "constant",
        value: (schema as ConstantSchema).value.value as string | number | boolean,
      };
    case SchemaType.Choice:
    case SchemaType.SealedChoice: {
      const choice = schema as ChoiceSchema | SealedChoiceSchema;
      return {
        kind: "enum",
        values: choice.choices.map((c) => c.value),
        extensible: schema.type === SchemaType.Choice,
      };
    }
    case SchemaType.Array: {
      const array = schema as ArraySchema;
      return {
        kind: "array",
        element: schemaToType(array.elementType, where),
        ...(array.nullableItems ? { nullableElement: true } : {}),
      };
    }
    case SchemaType.Dictionary: {
      const dictionary = schema as DictionarySchema;
      return {
        kind: "dictionary",
        element: schemaToType(dictionary.elementType, where),
        ...(dictionary.nullableItems ? { nullableElement: true } : {}),
      };
    }
    case SchemaType.Object:
      return { kind: "model", name: (schema as ObjectSchema).language.default.name };
    default:
      throw new UnsupportedConstructError(`schema type "${schema.type}"`, where);
  }
}
