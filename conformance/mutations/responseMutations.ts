/**
 * Mutations of the parts around the body: status, Content-Type, headers, framing of the raw body.
 */
import type { HeaderPresenceRule } from "../validator/headers/rules.js";
import type { OperationModel, ResponseModel } from "../validator/spec/model.js";
import { escapeToken, getByPointer } from "../validator/spec/pointer.js";
import { responseFor } from "../validator/status.js";
import type { ResponseInput } from "../validator/types.js";
import { badHeaderText } from "./badValues.js";
import { ACCEPT, reject, type Mutation } from "./types.js";

/** Statuses tried, in order, for "an undeclared status": the first one no response covers. */
const CANDIDATE_STATUSES = [201, 202, 203, 204, 206, 299, 301, 302, 304, 100, 404, 500];

export function responseMutations(
  operation: OperationModel,
  response: ResponseModel,
  base: ResponseInput & { headers: Readonly<Record<string, string | number>> },
  rules: readonly HeaderPresenceRule[],
): Mutation[] {
  const out: Mutation[] = [];
  const withHeaders = (headers: Record<string, string | number>): ResponseInput => ({
    ...base,
    headers,
  });
  const rawBody = JSON.stringify(base.body);

  const undeclared = CANDIDATE_STATUSES.find((s) => responseFor(operation, s) === undefined);
  if (undeclared !== undefined) {
    out.push({
      name: `undeclared status ${undeclared}`,
      given: { ...base, status: undeclared },
      want: reject({ code: "INVALID_RESPONSE_CODE", location: "status", pointer: "" }),
    });
  }

  if (response.schema && operation.produces.length > 0) {
    const badType = reject({ code: "INVALID_CONTENT_TYPE", location: "content-type", pointer: "" });
    const produced = operation.produces[0]!;
    out.push(
      {
        name: "Content-Type text/html",
        given: withHeaders(setHeader(base.headers, "Content-Type", "text/html")),
        want: badType,
      },
      {
        name: "Content-Type missing",
        given: withHeaders(dropHeader(base.headers, "Content-Type")),
        want: badType,
      },
      {
        name: "Content-Type with charset",
        given: withHeaders(setHeader(base.headers, "Content-Type", `${produced}; charset=utf-8`)),
        want: ACCEPT,
      },
      {
        name: "Content-Type in upper case",
        given: withHeaders(setHeader(base.headers, "Content-Type", produced.toUpperCase())),
        want: ACCEPT,
      },
    );
    const body = (
      name: string,
      given: unknown,
      code: "INVALID_RESPONSE_BODY" | "JSON_PARSING_ERROR",
    ) => ({
      name,
      given: { ...base, body: given },
      want: reject({ code, location: "body" as const, pointer: "" }),
    });
    out.push(
      body("body absent", undefined, "INVALID_RESPONSE_BODY"),
      body("body empty", "", "INVALID_RESPONSE_BODY"),
      body("body not JSON", "<html><body>Service Unavailable</body></html>", "JSON_PARSING_ERROR"),
      body(
        "body truncated",
        rawBody.slice(0, Math.floor(rawBody.length / 2)),
        "JSON_PARSING_ERROR",
      ),
      body(
        "body not UTF-8",
        Buffer.concat([Buffer.from(rawBody.slice(0, -1)), Buffer.from([0xff, 0x7d])]),
        "JSON_PARSING_ERROR",
      ),
      // RFC 8259 §8.1: a sender must not add one, and core-client's parser fails on it.
      body("body with byte order mark", `\ufeff${rawBody}`, "JSON_PARSING_ERROR"),
      body(
        "body bytes with byte order mark",
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rawBody)]),
        "JSON_PARSING_ERROR",
      ),
    );
  }

  for (const header of response.headers) {
    const text = badHeaderText(header.schema as { type?: string; format?: string });
    if (text === undefined) continue;
    const code = header.schema.type === "string" ? "INVALID_FORMAT" : "INVALID_TYPE";
    out.push({
      name: `header ${header.name}: ${text}`,
      given: withHeaders(setHeader(base.headers, header.name, text)),
      want: reject({ code, location: "header", pointer: `/${escapeToken(header.name)}` }),
    });
  }
  for (const [name, value] of Object.entries(base.headers)) {
    if (name.toLowerCase() === "content-type") continue;
    out.push({
      name: `header ${name} in lower case`,
      given: withHeaders({ ...dropHeader(base.headers, name), [name.toLowerCase()]: value }),
      want: ACCEPT,
    });
  }
  for (const rule of rules) {
    if (rule.operationId !== operation.operationId || rule.response !== response.key) continue;
    if (rule.when && getByPointer(base.body, rule.when.pointer) !== rule.when.equals) continue;
    out.push({
      name: `header ${rule.header} missing (required by rule)`,
      given: withHeaders(dropHeader(base.headers, rule.header)),
      want: reject({
        code: "INVALID_RESPONSE_HEADER",
        location: "header",
        pointer: `/${escapeToken(rule.header)}`,
      }),
    });
  }
  return out;
}

function dropHeader(
  headers: Readonly<Record<string, string | number>>,
  name: string,
): Record<string, string | number> {
  const lower = name.toLowerCase();
  return Object.fromEntries(Object.entries(headers).filter(([n]) => n.toLowerCase() !== lower));
}

function setHeader(
  headers: Readonly<Record<string, string | number>>,
  name: string,
  value: string,
): Record<string, string | number> {
  return { ...dropHeader(headers, name), [name]: value };
}
