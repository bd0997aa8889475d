/**
 * `SchemaNode` → draft-04 JSON Schema for ajv. It writes what the normalised node says and
 * interprets nothing itself (that is `spec/schema.ts`); the only choices made here are how to say
 * it in draft 4:
 * - `nullable` widens `type` (and a closed `enum`) with `null`; where that cannot work (an `allOf`,
 *   or a `$ref`) the schema is wrapped in `anyOf [null, schema]`, marked `x-nullable` so that
 *   `toViolations` reports why the value fails the schema, not the wrapper.
 * - An extensible enum loses its `enum` and gets the `x-ms-enum` keyword (known string values).
 * - A schema a `$ref` names is emitted once, under an id of its own, and referenced by it; ajv
 *   then compiles a shared or recursive definition once.
 * - A polymorphic schema has two forms: referenced from outside, it dispatches on its discriminator
 *   (`keywords/discriminator.ts`); named by a subtype's `allOf`, it is the plain schema, so that a
 *   subtype does not dispatch back to itself.
 * - `uniqueItems: true` becomes `x-unique-items`, which checks in linear time what ajv's checks
 *   in quadratic time.
 * - Where a response must not carry a value (`notInResponse`), the `x-not-in-response` keyword
 *   fails it; secrets are allowed by an emitter made for POST responses (`secretsAllowed`).
 * - A closed shape (`ObjectShape.closed`) allows every property of the object's shape, inherited
 *   ones too (draft 4 would only see the schema's own `properties`; oav merges the parents first).
 *   As an `allOf` part, a closed schema closes nothing itself: the schema that names it is closed
 *   over its own whole shape.
 */

/** How a schema is used: from outside, as a polymorphic variant, or as a part of an `allOf`. */
type Use = "outside" | "variant" | "part";
import type { SchemaNode } from "../spec/model.js";

export type JsonSchema = Record<string, unknown>;

export interface EmitterOptions {
  /** A POST's response may return secrets (`listKeys`), as oav lets it. */
  readonly secretsAllowed?: boolean;
  /** Keeps the ids of two emitters that share an ajv apart. */
  readonly idPrefix?: string;
}

export class SchemaEmitter {
  /** `<path>#<pointer>` plus form → id given to ajv. */
  private readonly ids = new Map<string, string>();
  /** Every schema an id stands for, to add to ajv before compiling anything. */
  readonly named: [id: string, schema: JsonSchema][] = [];

  /** Whether a schema emitted so far holds a secret: then POST responses need an emitter of their own. */
  sawSecret = false;

  constructor(private readonly options: EmitterOptions = {}) {}

  /** The schema of a use: a body, a header, a property, an item... */
  use(node: SchemaNode, as: Use = "outside"): JsonSchema {
    if (!node.ref) return this.inline(node, as);
    const reference = { $ref: this.idOf(node.ref, as) };
    const schema = node.nullable && !node.ref.nullable ? nullableWrapper(reference) : reference;
    const forbidden = this.forbidden(node);
    return forbidden ? { allOf: [schema, { "x-not-in-response": forbidden }] } : schema;
  }

  private forbidden(node: SchemaNode): string | undefined {
    if (node.notInResponse === "secret") {
      this.sawSecret = true;
      if (this.options.secretsAllowed) return undefined;
    }
    return node.notInResponse;
  }

  private idOf(node: SchemaNode, as: Use): string {
    const dispatch = node.polymorphism !== undefined && as === "outside";
    // A part differs from the plain schema only when the schema is closed.
    const part = as === "part" && node.shape.closed;
    const form = dispatch ? " dispatch" : part ? " part" : "";
    const key = `${node.file.path}#${node.pointer}${form}`;
    const known = this.ids.get(key);
    if (known) return known;
    const id = `urn:swagger:${this.options.idPrefix ?? ""}${this.ids.size}`;
    // Registered before the body is emitted, so that a recursive schema finds its own id.
    this.ids.set(key, id);
    this.named.push([id, dispatch ? this.dispatch(node) : this.inline(node, as)]);
    return id;
  }

  private inline(node: SchemaNode, as: Use = "outside"): JsonSchema {
    const out: JsonSchema = {};
    if (node.type !== undefined && node.type !== "file") out.type = node.type;
    if (node.typeUnion) out.type = node.typeUnion.length > 0 ? [...node.typeUnion] : "null";
    if (node.format !== undefined) out.format = node.format;
    if (node.enum && !node.enum.extensible) out.enum = [...node.enum.values];
    if (node.enum?.extensible) {
      const known = node.enum.values.filter((v) => typeof v === "string");
      if (known.length > 0) out["x-ms-enum"] = known;
    }
    if (node.properties.size > 0) {
      out.properties = Object.fromEntries(
        [...node.properties].map(([name, schema]) => [name, this.use(schema)]),
      );
    }
    if (node.required.length > 0) out.required = [...node.required];
    if (node.allOf.length > 0) out.allOf = node.allOf.map((part) => this.use(part, "part"));
    if (node.items) out.items = this.use(node.items);
    if (node.shape.closed) {
      if (as !== "part") closeOver(out, node, false);
    } else if (typeof node.additionalProperties === "object") {
      closeOver(out, node, this.use(node.additionalProperties));
    }
    Object.assign(out, node.constraints);
    if (out.uniqueItems !== undefined) {
      // ajv's own compares every pair of items: quadratic (keywords/uniqueItems.ts).
      if (out.uniqueItems === true) out["x-unique-items"] = true;
      delete out.uniqueItems;
    }
    const forbidden = this.forbidden(node);
    if (forbidden) out["x-not-in-response"] = forbidden;
    return node.nullable ? nullable(out) : out;
  }

  private dispatch(node: SchemaNode): JsonSchema {
    const { property, variants } = node.polymorphism!;
    const values = [...variants.keys()];
    const out: JsonSchema = {
      "x-discriminator": { property, values },
      "x-discriminator-map": values.map((value) => ({
        $ref: this.idOf(variants.get(value)!, "variant"),
      })),
    };
    // The map applies to objects only; anything else must still fail the schema's type, which a
    // subtype written as only `allOf: [{ $ref: Base }]` leaves out: a polymorphic value is an object.
    out.type = node.type !== undefined && node.type !== "file" ? node.type : "object";
    return node.nullable ? nullable(out) : out;
  }
}

/**
 * `additionalProperties` (false, or the schema of a map's values) over the whole shape: inherited
 * names are properties, not additional ones, and keep the type their part gives them.
 */
function closeOver(out: JsonSchema, node: SchemaNode, additional: false | JsonSchema): void {
  const own = (out.properties ?? {}) as Record<string, unknown>;
  const inherited = [...node.shape.properties.keys()].filter((name) => !Object.hasOwn(own, name));
  if (inherited.length > 0) {
    // Checked by the allOf part that declares each; here they only need to be known.
    out.properties = { ...own, ...Object.fromEntries(inherited.map((name) => [name, {}])) };
  }
  out.additionalProperties = additional;
}

function nullable(out: JsonSchema): JsonSchema {
  if (out.allOf !== undefined) return nullableWrapper(out);
  if (typeof out.type === "string" && out.type !== "null") out.type = [out.type, "null"];
  else if (Array.isArray(out.type) && !out.type.includes("null")) out.type = [...out.type, "null"];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

function nullableWrapper(schema: JsonSchema): JsonSchema {
  return { "x-nullable": true, anyOf: [{ type: "null" }, schema] };
}
