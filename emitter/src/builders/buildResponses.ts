import { logicalResponseName, responseHeadersName, responseTypeName } from "../naming.js";
import type { ClientModel, GeneratedFile, Operation, Parameter, Response } from "../model/types.js";
import { docs, possibleValues } from "./docs.js";
import { withHeader } from "./header.js";
import { extensibleValues, importLine, modelRefs, typeText } from "./typeText.js";

function headerType(h: Parameter): string {
  const t = h.type;
  if (t.kind === "enum" && !t.extensible && t.values.every((v) => typeof v === "string")) {
    return typeText(t, "output");
  }
  return t.kind === "constant" && typeof t.value === "string" ? typeText(t, "output") : "string";
}

function responseHeaders(op: Operation, r: Response): string {
  if (!r.headers.length) return "";
  const lines = r.headers
    .map((h) => {
      const known = extensibleValues(h.type);
      const doc = docs(h.description, known ? possibleValues(known) : undefined);
      // core-rest-pipeline hands headers over lower-cased and as strings, so that is how they
      // are typed (@autorest/typescript says `number` for an integer header, which is not true
      // at run time and does not intersect with RawHttpHeaders).
      return `${doc}${JSON.stringify(h.wireName.toLowerCase())}?: ${headerType(h)};\n`;
    })
    .join("");
  const which = r.status === "default" ? "error" : r.status;
  return `${docs(`The headers of ${op.operationId}'s ${which} response, lower-cased.`)}export interface ${responseHeadersName(op, r.status)} {\n${lines}}\n\n`;
}

function responseInterface(op: Operation, r: Response): string {
  const status = r.status === "default" ? "string" : JSON.stringify(r.status);
  const statusDoc =
    r.status === "default" ? "Any status the operation does not declare." : "The HTTP status.";
  const body = r.body ? `${docs("The response body.")}body: ${typeText(r.body, "output")};\n` : "";
  const headers = r.headers.length
    ? `${docs("The response headers.")}headers: RawHttpHeaders & ${responseHeadersName(op, r.status)};\n`
    : "";
  return `${responseHeaders(op, r)}${docs(r.description)}export interface ${responseTypeName(op, r.status)} extends HttpResponse {\n${docs(statusDoc)}status: ${status};\n${body}${headers}}\n`;
}

/**
 * The body a long-running operation ends with: what its 200 (else 201, else first success)
 * response carries, as @autorest/typescript types the poller's result.
 */
export function finalBody(op: Operation): Response["body"] {
  const ok = op.responses.filter((r) => !r.isError && r.status.startsWith("2"));
  const pick =
    ok.find((r) => r.status === "200") ??
    ok.find((r) => r.status === "201") ??
    ok.find((r) => r.body);
  return pick?.body;
}

/**
 * Statuses the poller can end with: a 200 from the last poll or the final GET, or a terminal
 * status the operation declares (a 204 from a delete's last poll, the initial 201 of a PUT that
 * needs no polling). @autorest/typescript says "200" only.
 */
function finalStatuses(op: Operation): string[] {
  const declared = op.responses
    .filter((r) => !r.isError && r.status.startsWith("2") && r.status !== "202")
    .map((r) => r.status);
  return [...new Set(["200", ...declared])].sort();
}

function logicalResponse(op: Operation): string {
  if (!op.longRunning) return "";
  const body = finalBody(op);
  const status = finalStatuses(op)
    .map((s) => JSON.stringify(s))
    .join(" | ");
  return `\n/** The final response for long-running ${op.operationId} operation */\nexport interface ${logicalResponseName(op)} extends HttpResponse {\nstatus: ${status};\n${body ? `body: ${typeText(body, "output")};\n` : ""}}\n`;
}

/** `responses.ts`: one `<Group><Op><Status>Response` per status code, `Default` for errors. */
export function buildResponses(model: ClientModel): GeneratedFile {
  const refs = new Set<string>();
  let anyHeaders = false;
  for (const op of model.operations) {
    for (const r of op.responses) {
      modelRefs(r.body, "output", refs);
      anyHeaders ||= r.headers.length > 0;
    }
  }
  const imports =
    (anyHeaders ? importLine(["RawHttpHeaders"], "@azure/core-rest-pipeline") : "") +
    importLine(["HttpResponse"], "@azure-rest/core-client") +
    importLine(refs, "./outputModels.js");
  const body = model.operations
    .map((op) => op.responses.map((r) => responseInterface(op, r)).join("\n") + logicalResponse(op))
    .join("\n");
  return { path: "responses.ts", content: withHeader(`${imports}\n${body}`) };
}
