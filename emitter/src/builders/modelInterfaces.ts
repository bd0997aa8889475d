import { inputModelName, inputParentName, outputModelName, outputParentName } from "../naming.js";
import type { Model, Property } from "../model/types.js";
import { docs, possibleValues } from "./docs.js";
import { extensibleValues, propertyKey, typeText, type Side } from "./typeText.js";

const modelName = (name: string, side: Side): string =>
  side === "output" ? outputModelName(name) : inputModelName(name);
const parentName = (name: string, side: Side): string =>
  side === "output" ? outputParentName(name) : inputParentName(name);

/** A polymorphic model with subtypes is a union; its own properties live in `...Parent`. */
const isUnion = (m: Model): boolean => (m.polymorphism?.descendants.length ?? 0) > 0;

function propertyLine(p: Property, side: Side): string {
  const known = extensibleValues(p.type);
  const doc = docs(p.description, known ? possibleValues(known) : undefined);
  const readonly = side === "output" && p.readOnly ? "readonly " : "";
  const optional = p.required ? "" : "?";
  const nullable = p.nullable ? " | null" : "";
  return `${doc}${readonly}${propertyKey(p.wireName)}${optional}: ${typeText(p.type, side)}${nullable};\n`;
}

function bases(m: Model, side: Side, byName: ReadonlyMap<string, Model>): string[] {
  const list = m.parents.map((p) => {
    const parent = byName.get(p);
    return parent && isUnion(parent) ? parentName(p, side) : modelName(p, side);
  });
  // Declared properties need not match the additionalProperties type, so the index is unknown.
  if (m.additionalProperties) list.push("Record<string, unknown>");
  return list;
}

function interfaceText(
  m: Model,
  name: string,
  side: Side,
  byName: ReadonlyMap<string, Model>,
  discriminator?: string,
): string {
  const list = bases(m, side, byName);
  const ext = list.length ? ` extends ${list.join(", ")}` : "";
  const poly = m.polymorphism;
  const props = m.properties
    .filter((p) => side === "output" || !p.readOnly)
    .filter((p) => discriminator === undefined || p.wireName !== poly?.property);
  const literal =
    discriminator !== undefined && poly
      ? `${propertyKey(poly.property)}: ${JSON.stringify(discriminator)};\n`
      : "";
  return `${docs(m.description)}export interface ${name}${ext} {\n${props
    .map((p) => propertyLine(p, side))
    .join("")}${literal}}\n`;
}

/**
 * The declarations of one model. A plain model is one interface. In a discriminator hierarchy,
 * a leaf is an interface with its literal discriminator value; a model with subtypes is a
 * `...Parent` interface (its properties; at the root the discriminator stays `string`, so a kind
 * the spec does not list yet still fits) and a union of its subtypes, and of itself when it has
 * a value of its own, so `switch (x.kind)` narrows.
 */
export function modelDeclarations(
  m: Model,
  side: Side,
  byName: ReadonlyMap<string, Model>,
): string {
  const poly = m.polymorphism;
  if (!poly) return interfaceText(m, modelName(m.name, side), side, byName);
  if (!isUnion(m)) return interfaceText(m, modelName(m.name, side), side, byName, poly.value);
  const parent = parentName(m.name, side);
  const members: string[] = [];
  if (poly.value !== undefined) {
    members.push(`(${parent} & { ${propertyKey(poly.property)}: ${JSON.stringify(poly.value)} })`);
  }
  const children = poly.descendants
    .map((d) => byName.get(d))
    .filter((c): c is Model => c !== undefined && c.parents.includes(m.name));
  members.push(...children.map((c) => modelName(c.name, side)));
  const union = members.length ? members.join(" | ") : parent;
  return `${interfaceText(m, parent, side, byName)}\n${docs(m.description)}export type ${modelName(m.name, side)} = ${union};\n`;
}
