import type { ApiName } from "../apis/api-name.js";
import {
  expectObject,
  optionalArray,
  optionalString,
  rejectUnknown,
  type Json,
} from "../control/fields.js";
import { ControlRequestError } from "../errors/control-errors.js";
import type { EmulatorLimits } from "../options.js";
import type { ErrorAdditionalInfo, ErrorDetail, InnerError } from "./operation.js";

/**
 * Each API's error detail fields. Both have code, message, target and details; Dataset
 * `ErrorDetail` adds `additionalInfo`, Data Registry `MapsErrorDetail` adds `innererror`. Neither
 * accepts the other's, so a scripted error can only produce what its own document describes.
 */
const FIELDS: Readonly<Record<ApiName, readonly string[]>> = {
  dataset: ["code", "message", "target", "details", "additionalInfo"],
  dataRegistry: ["code", "message", "target", "details", "innererror"],
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the error detail at `where` (`body.outcome.error`, `body.warning`), `level` nesting levels
 * below the operation. The result is a new, deeply frozen value: later changes to the input, or to
 * a view handed out in-process, cannot alter what polls answer.
 */
export function parseErrorDetail(
  value: unknown,
  api: ApiName,
  limits: EmulatorLimits,
  where: string,
  level = 0,
): ErrorDetail {
  const object = nestedObject(value, where, level, limits);
  rejectUnknown(object, FIELDS[api], where);
  const code = optionalString(object, "code", where);
  const message = optionalString(object, "message", where, 4096);
  if (code === undefined || message === undefined) {
    throw new ControlRequestError(`${where} needs a code and a message.`);
  }
  const detail: Mutable<ErrorDetail> = { code, message };
  const target = optionalString(object, "target", where);
  if (target !== undefined) detail.target = target;
  const details = optionalArray(object, "details", limits.maxErrorDetails, where);
  if (details !== undefined) {
    detail.details = Object.freeze(
      details.map((item, index) =>
        parseErrorDetail(item, api, limits, `${where}.details[${index}]`, level + 1),
      ),
    );
  }
  const additionalInfo = optionalArray(object, "additionalInfo", limits.maxErrorDetails, where);
  if (additionalInfo !== undefined) {
    detail.additionalInfo = Object.freeze(
      additionalInfo.map((item, index) =>
        parseAdditionalInfo(item, limits, `${where}.additionalInfo[${index}]`),
      ),
    );
  }
  if (object.innererror !== undefined) {
    detail.innererror = parseInnerError(
      object.innererror,
      limits,
      `${where}.innererror`,
      level + 1,
    );
  }
  return Object.freeze(detail);
}

/** Data Registry `MapsInnerError`: both fields optional, as documented; `{}` is a valid one. */
function parseInnerError(
  value: unknown,
  limits: EmulatorLimits,
  where: string,
  level: number,
): InnerError {
  const object = nestedObject(value, where, level, limits);
  rejectUnknown(object, ["code", "innererror"], where);
  const inner: Mutable<InnerError> = {};
  const code = optionalString(object, "code", where);
  if (code !== undefined) inner.code = code;
  if (object.innererror !== undefined) {
    inner.innererror = parseInnerError(object.innererror, limits, `${where}.innererror`, level + 1);
  }
  return Object.freeze(inner);
}

/**
 * Dataset `ErrorAdditionalInfo`. The document leaves both fields optional; an entry without them
 * says nothing, so both are required here.
 */
function parseAdditionalInfo(
  value: unknown,
  limits: EmulatorLimits,
  where: string,
): ErrorAdditionalInfo {
  const object = expectObject(value, where);
  rejectUnknown(object, ["type", "info"], where);
  const type = optionalString(object, "type", where);
  if (type === undefined || object.info === undefined) {
    throw new ControlRequestError(`${where} needs a type and an info object.`);
  }
  expectObject(object.info, `${where}.info`);
  const info = copyJson(object.info, `${where}.info`, 1, limits.maxErrorDepth);
  return Object.freeze({ type, info: info as Readonly<Record<string, unknown>> });
}

function nestedObject(value: unknown, where: string, level: number, limits: EmulatorLimits): Json {
  if (level > limits.maxErrorDepth) {
    throw new ControlRequestError(
      `${where} is nested ${level} levels deep; at most ${limits.maxErrorDepth} are allowed.`,
    );
  }
  return expectObject(value, where);
}

/**
 * A frozen copy of free-form JSON, at most `max` levels of objects and arrays deep. In-process
 * callers can pass any value, so anything JSON would not carry as given is refused rather than
 * silently changed on the wire.
 */
function copyJson(value: unknown, where: string, depth: number, max: number): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const isArray = Array.isArray(value);
  const isPlain =
    typeof value === "object" &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value));
  if (!isArray && !isPlain) {
    throw new ControlRequestError(`${where} must hold only JSON values.`);
  }
  if (depth > max) {
    throw new ControlRequestError(`${where} nests deeper than ${max} levels.`);
  }
  if (isArray) {
    return Object.freeze(
      (value as unknown[]).map((item, index) =>
        copyJson(item, `${where}[${index}]`, depth + 1, max),
      ),
    );
  }
  // fromEntries defines own properties, so a "__proto__" key stays a key, as JSON.parse made it.
  return Object.freeze(
    Object.fromEntries(
      Object.entries(value as Json).map(([key, item]) => [
        key,
        copyJson(item, `${where}.${key}`, depth + 1, max),
      ]),
    ),
  );
}
