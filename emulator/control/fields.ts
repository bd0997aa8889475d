import { ControlRequestError } from "../errors/control-errors.js";

/** Small readers for control request JSON; each failure names the field and what was expected. */
export type Json = Record<string, unknown>;

export function expectObject(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ControlRequestError(`${where} must be a JSON object.`);
  }
  return value as Json;
}

export function rejectUnknown(object: Json, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new ControlRequestError(
      `${where} has unknown field(s) ${unknown.join(", ")}; allowed: ${allowed.join(", ")}.`,
    );
  }
}

export function optionalInteger(
  object: Json,
  key: string,
  min: number,
  max: number,
  where: string,
): number | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ControlRequestError(`${where}.${key} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

export function optionalString(
  object: Json,
  key: string,
  where: string,
  maxLength = 1024,
): string | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) {
    throw new ControlRequestError(
      `${where}.${key} must be a non-empty string of at most ${maxLength} characters.`,
    );
  }
  return value;
}

export function optionalOneOf<T extends string>(
  object: Json,
  key: string,
  values: readonly T[],
  where: string,
): T | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (!(values as readonly unknown[]).includes(value)) {
    throw new ControlRequestError(`${where}.${key} must be one of ${values.join(", ")}.`);
  }
  return value as T;
}

export function optionalArray(
  object: Json,
  key: string,
  maxLength: number,
  where: string,
): unknown[] | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > maxLength) {
    throw new ControlRequestError(
      `${where}.${key} must be an array of at most ${maxLength} entries.`,
    );
  }
  return value;
}
