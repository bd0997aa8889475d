/**
 * The body as given → its value, or a `BodyProblem`. Text (a string, `Buffer` or `Uint8Array`)
 * is parsed here, so that empty, truncated or non-JSON bodies become violations; anything else is
 * a value parsed already and is copied (`copy.ts`). Limits come before the expensive steps: size
 * before decoding and parsing, depth before ajv (whose code for a recursive `$ref` recurses on
 * the stack) sees the value.
 */
import { copyValue } from "./copy.js";
import { textDepthExceeds } from "./depth.js";
import {
  ABSENT,
  BodyProblem,
  tooDeep,
  tooLarge,
  type BodyLimits,
  type BodyRead,
} from "./result.js";

export { BodyProblem } from "./result.js";
export type { BodyLimits, BodyRead } from "./result.js";

// `ignoreBOM`: keep a byte order mark in the text, where `readBody` finds it.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A JSON body. */
export function readBody(body: unknown, limits: BodyLimits): BodyRead {
  if (typeof body !== "string" && !(body instanceof Uint8Array)) return parsedBody(body, limits);
  const text = rawText(body, limits);
  if (typeof text !== "string") return text;
  // RFC 8259 §8.1: a sender must not add a byte order mark, and core-client's parser does not
  // ignore one: the client fails on such a body, so the check does too. (Spec files may have one.)
  if (text.charCodeAt(0) === 0xfeff) {
    const message =
      "body starts with a byte order mark, which a JSON sender must not add (RFC 8259 §8.1) and core-client cannot parse";
    return new BodyProblem("JSON_PARSING_ERROR", "json", message);
  }
  const json = text;
  let value: unknown;
  try {
    // V8's JSON.parse is iterative: any depth parses without overflowing the stack (and the
    // text is within maxBodyBytes). The depth limit protects what comes next.
    value = JSON.parse(json);
  } catch (error) {
    // Decided only on failure: the passing path does not pay for these scans.
    if (json.trim() === "") return ABSENT;
    if (json.length > limits.maxDepth && textDepthExceeds(json, limits.maxDepth)) {
      return tooDeep(limits);
    }
    // V8 quotes the text around the error: control characters are written as escapes, so that
    // a binary body cannot put raw bytes into a report.
    const message = `body is not JSON: ${escapeControls((error as Error).message)}`;
    return new BodyProblem("JSON_PARSING_ERROR", "json", message);
  }
  // JSON nested deeper than `maxDepth` has at least `maxDepth + 1` brackets and as many closing
  // ones: shorter texts need no scan.
  if (json.length >= 2 * (limits.maxDepth + 1) && textDepthExceeds(json, limits.maxDepth)) {
    return tooDeep(limits);
  }
  return value;
}

/** A body that is text, not JSON (`text/plain` for a `type: string` schema): the text itself. */
export function readPlainText(body: unknown, limits: BodyLimits): BodyRead {
  if (typeof body !== "string" && !(body instanceof Uint8Array)) return parsedBody(body, limits);
  return rawText(body, limits);
}

function parsedBody(body: unknown, limits: BodyLimits): BodyRead {
  return body === undefined ? ABSENT : copyValue(body, limits);
}

/** The text of a raw body, within `maxBodyBytes`. */
function rawText(body: string | Uint8Array, limits: BodyLimits): string | BodyProblem {
  if (typeof body === "string") {
    // `length` is a lower bound of the UTF-8 size and 3 × length an upper one: count if needed.
    if (body.length > limits.maxBodyBytes) return tooLarge(body.length, limits);
    if (body.length * 3 > limits.maxBodyBytes) {
      const bytes = Buffer.byteLength(body, "utf8");
      if (bytes > limits.maxBodyBytes) return tooLarge(bytes, limits);
    }
    return body;
  }
  if (body.byteLength > limits.maxBodyBytes) return tooLarge(body.byteLength, limits);
  try {
    return decoder.decode(body);
  } catch {
    return new BodyProblem("JSON_PARSING_ERROR", "encoding", "body is not valid UTF-8");
  }
}

function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
