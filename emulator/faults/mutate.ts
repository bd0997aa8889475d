import type { ApiName } from "../apis/api-name.js";
import type { ApiResponse } from "../http/api-response.js";
import type { MutatingFault } from "./fault.js";

/** What is written on the wire: the response, serialised, possibly broken on purpose. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Send only the first half of `body`, then drop the connection (Content-Length stays whole). */
  truncate: boolean;
}

/**
 * `wrongEnum` respells the current status in lower case (`Running` → `running`). Both status enums
 * are extensible (`modelAsString: true`), so a new value such as `Exploded` is allowed by the spec;
 * a known value in another letter case is not, and is the drift a client would trip on.
 */
export const wrongEnumStatus = (status: string): string => status.toLowerCase();
/** Replaces the id property's string in a `wrongType` fault. */
export const WRONG_TYPE_ID = 12345;

/**
 * Applies `fault` to `response`. Schema faults change a body that has the targeted property and
 * leave any other response as it is, so a fault counted against an error answer is spent quietly.
 */
export function toWire(api: ApiName, response: ApiResponse, fault?: MutatingFault): WireResponse {
  const headers = { ...response.headers };
  // Only a fault alters the body; copying it otherwise would double what a large answer costs.
  const body =
    response.body === undefined || fault === undefined
      ? response.body
      : structuredClone(response.body);
  let text: string | undefined;
  switch (fault?.kind) {
    case "missingProperty":
      if (isRecord(body)) delete body[fault.property];
      break;
    case "wrongEnum":
      if (isRecord(body) && typeof body.status === "string")
        body.status = wrongEnumStatus(body.status);
      break;
    case "wrongType": {
      const key = api === "dataset" ? "operationId" : "id";
      if (isRecord(body) && key in body) body[key] = WRONG_TYPE_ID;
      break;
    }
    case "badHeader":
      // Each spec types one response header: an integer Retry-After, a `url` Resource-Location.
      if (api === "dataRegistry") headers["retry-after"] = fault.value ?? "1.5";
      else headers["resource-location"] = fault.value ?? "not a url";
      break;
    case "nonJsonBody":
      text = "<html><body>Upstream error</body></html>";
      break;
    case "wrongContentType":
      headers["content-type"] = fault.contentType;
      break;
    default:
      break;
  }
  if (text === undefined && body !== undefined) text = JSON.stringify(body);
  const bytes = Buffer.from(text ?? "", "utf8");
  if (response.body !== undefined) headers["content-length"] = String(bytes.length);
  return {
    status: response.status,
    headers,
    body: bytes,
    truncate: fault?.kind === "truncatedBody",
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
