import { inputModelName, outputModelName } from "../naming.js";
import type { Model, Property } from "../model/types.js";
import { docs, possibleValues } from "./docs.js";
import { extensibleValues, propertyKey, typeText, type Side } from "./typeText.js";

function propertyLine(p: Property, side: Side): string {
  const known = extensibleValues(p.type);
  const doc = docs(p.description, known ? possibleValues(known) : undefined);
  const readonly = side === "output" && p.readOnly ? "readonly " : "";
  const optional = p.required ? "" : "?";
  const nullable = p.nullable ? " | null" : "";
  return `${doc}${readonly}${propertyKey(p.wireName)}${optional}: ${typeText(p.type, side)}${nullable};\n`;
}

/** One interface per model; input models leave out read-only properties the service ignores. */
export function modelInterface(m: Model, side: Side): string {
  const name = side === "output" ? outputModelName(m.name) : inputModelName(m.name);
  const bases = m.parents.map((p) => (side === "output" ? outputModelName(p) : inputModelName(p)));
  // Declared properties need not match the additionalProperties type, so the index is unknown.
  if (m.additionalProperties) bases.push("Record<string, unknown>");
  const ext = bases.length ? ` extends ${bases.join(", ")}` : "";
  const props = m.properties.filter((p) => side === "output" || !p.readOnly);
  return `${docs(m.description)}export interface ${name}${ext} {\n${props
    .map((p) => propertyLine(p, side))
    .join("")}}\n`;
}
