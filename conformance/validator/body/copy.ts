/**
 * A body handed over already parsed is read once into a plain JSON copy, and the copy is checked:
 * only what `JSON.stringify` would send counts (own enumerable properties, not a prototype's; each
 * getter read once, so a value cannot change between two looks), within the limits a text body
 * has: `maxBodyBytes` (of the JSON it stands for) and `maxDepth`. Without a text to measure, the
 * size is the JSON length as far as it is cheap to tell: strings, keys and punctuation.
 *
 * As `JSON.stringify` does: `NaN` and infinities become `null`, as do `undefined`, functions and
 * symbols in arrays; in objects those properties are left out. Unlike it, `toJSON` is not called
 * (it is code of the caller's, not JSON): a `Date` is an object without properties.
 */
import {
  BodyProblem,
  tooDeep,
  tooLarge as tooLargeBody,
  type BodyLimits,
  type BodyRead,
} from "./result.js";

type Container = Record<string, unknown> | unknown[];

export function copyValue(value: unknown, limits: BodyLimits): BodyRead {
  const root: Record<string, unknown> = {};
  // Pending values: [source value, container of its copy, key in it, depth of the value].
  const stack: [unknown, Container, string | number, number][] = [[value, root, "value", 0]];
  let bytes = 0;
  const over = (): boolean => bytes > limits.maxBodyBytes;
  while (stack.length > 0) {
    const [source, parent, key, depth] = stack.pop()!;
    let copy: unknown;
    switch (typeof source) {
      case "string":
        if (source.length > limits.maxBodyBytes) return tooLarge(source.length, limits);
        bytes += (source.length > 256 ? Buffer.byteLength(source) : source.length) + 2;
        copy = source;
        break;
      case "number":
        bytes += 1;
        copy = Number.isFinite(source) ? source : null;
        break;
      case "boolean":
        bytes += 4;
        copy = source;
        break;
      case "bigint":
        return new BodyProblem(
          "JSON_PARSING_ERROR",
          "json",
          "body holds a bigint, which JSON cannot carry",
        );
      case "object":
        if (source === null) {
          bytes += 4;
          copy = null;
          break;
        }
        if (depth >= limits.maxDepth) return tooDeep(limits);
        copy = container(source, depth, stack, (n) => (bytes += n) > limits.maxBodyBytes);
        if (copy === undefined) return tooLarge(bytes, limits);
        break;
      default:
        // undefined, function, symbol
        if (!Array.isArray(parent)) continue;
        bytes += 4;
        copy = null;
    }
    if (over()) return tooLarge(bytes, limits);
    assign(parent, key, copy);
  }
  return root.value;
}

/**
 * An empty copy of an array or object, its entries queued. The size of the punctuation and keys
 * is charged before anything is queued, so that a sparse `new Array(2 ** 32 - 1)` stops at once.
 */
function container(
  source: object,
  depth: number,
  stack: [unknown, Container, string | number, number][],
  charge: (bytes: number) => boolean,
): Container | undefined {
  if (Array.isArray(source)) {
    const length = source.length;
    if (charge(2 + length)) return undefined;
    const copy: unknown[] = new Array(length);
    for (let i = length - 1; i >= 0; i--) stack.push([source[i], copy, i, depth + 1]);
    return copy;
  }
  const keys = Object.keys(source);
  let size = 2;
  for (const key of keys) size += key.length + 4;
  if (charge(size)) return undefined;
  const copy: Record<string, unknown> = {};
  const values = source as Record<string, unknown>;
  for (let i = keys.length - 1; i >= 0; i--)
    stack.push([values[keys[i]!], copy, keys[i]!, depth + 1]);
  return copy;
}

function assign(parent: Container, key: string | number, value: unknown): void {
  // `copy.__proto__ = x` would set the prototype; JSON.parse makes it an own property.
  if (key === "__proto__") {
    Object.defineProperty(parent, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    (parent as Record<string | number, unknown>)[key] = value;
  }
}

function tooLarge(bytes: number, limits: BodyLimits): BodyProblem {
  return tooLargeBody(bytes, limits, "parsed body stands for");
}
