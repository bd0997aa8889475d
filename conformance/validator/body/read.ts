/**
 * Raw body → JSON value, or the reason it is not one. Limits are checked before the expensive
 * steps: size before decoding, depth before `JSON.parse` (V8 parses 10,000 levels, but ajv then
 * recurses once per level of a recursive `$ref` and would overflow the stack).
 */
import type { ViolationCode } from "../codes.js";
import { textDepthExceeds, valueShapeProblem } from "./depth.js";

export interface BodyLimits {
  readonly maxBodyBytes: number;
  readonly maxDepth: number;
}

export type BodyRead =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "absent" }
  | {
      readonly kind: "violation";
      readonly code: ViolationCode;
      readonly keyword: string;
      readonly message: string;
    };

const decoder = new TextDecoder("utf-8", { fatal: true });

export function readBody(body: unknown, limits: BodyLimits): BodyRead {
  if (body === undefined) return { kind: "absent" };
  if (typeof body === "string") return readText(body, limits);
  if (body instanceof Uint8Array) {
    if (body.byteLength > limits.maxBodyBytes) return tooLarge(body.byteLength, limits);
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      return violation("JSON_PARSING_ERROR", "encoding", "body is not valid UTF-8");
    }
    return readText(text, limits);
  }
  return readValue(body, limits);
}

function readText(raw: string, limits: BodyLimits): BodyRead {
  // `length` is a lower bound of the UTF-8 size and 3 × length an upper one: count only if needed.
  if (raw.length > limits.maxBodyBytes) return tooLarge(raw.length, limits);
  if (raw.length * 3 > limits.maxBodyBytes) {
    const bytes = Buffer.byteLength(raw, "utf8");
    if (bytes > limits.maxBodyBytes) return tooLarge(bytes, limits);
  }
  // RFC 8259 §8.1: a parser may ignore a byte order mark.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === "") {
    return violation(
      "INVALID_RESPONSE_BODY",
      "required",
      "body is required but the response has none",
    );
  }
  if (textDepthExceeds(text, limits.maxDepth)) return tooDeep(limits);
  try {
    return { kind: "value", value: JSON.parse(text) };
  } catch (error) {
    return violation("JSON_PARSING_ERROR", "json", `body is not JSON: ${(error as Error).message}`);
  }
}

function readValue(value: unknown, limits: BodyLimits): BodyRead {
  // A JSON text of n bytes holds at most about n/2 values; the same budget applies to parsed ones.
  const maxNodes = Math.max(1, Math.floor(limits.maxBodyBytes / 2));
  switch (valueShapeProblem(value, limits.maxDepth, maxNodes)) {
    case "maxDepth":
      return tooDeep(limits);
    case "maxNodes":
      return violation(
        "BODY_TOO_LARGE",
        "maxBodyBytes",
        `parsed body holds more than ${maxNodes} values (limit maxBodyBytes / 2)`,
      );
    default:
      return { kind: "value", value };
  }
}

function tooLarge(size: number, limits: BodyLimits): BodyRead {
  return violation(
    "BODY_TOO_LARGE",
    "maxBodyBytes",
    `body has at least ${size} bytes, over the limit of ${limits.maxBodyBytes}`,
  );
}

function tooDeep(limits: BodyLimits): BodyRead {
  return violation(
    "BODY_TOO_DEEP",
    "maxDepth",
    `body nests objects/arrays deeper than the limit of ${limits.maxDepth} levels`,
  );
}

function violation(code: ViolationCode, keyword: string, message: string): BodyRead {
  return { kind: "violation", code, keyword, message };
}
