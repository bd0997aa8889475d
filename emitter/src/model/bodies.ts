import type { Parameter as M4Parameter, Request } from "@autorest/codemodel";
import { ParameterLocation } from "./codeModelEnums.js";
import { UnsupportedConstructError } from "../errors.js";
import { description, wireName } from "./codeModelText.js";
import { schemaToType } from "./schemaToType.js";
import type { BodyEncoding, FormField, RequestBody, TypeRef } from "./types.js";

interface HttpRequestProtocol {
  knownMediaType?: string;
  mediaTypes?: string[];
}

const ENCODINGS: Record<string, BodyEncoding> = {
  json: "json",
  binary: "binary",
  text: "text",
  form: "urlencoded",
  multipart: "multipart",
};

/** `application/xml`, `text/xml`, `application/atom+xml`... */
const isXml = (mediaType: string): boolean => /^[^;]*[/+]xml\s*(;|$)/i.test(mediaType);
/** `application/json`, `text/json`, `application/merge-patch+json`... */
const isJson = (mediaType: string): boolean => /^[^;]*[/+]json\s*(;|$)/i.test(mediaType);

/**
 * The media types a request's body can be labelled with, given how it is encoded. modelerfour
 * files the media types of a body parameter under one JSON request, XML and form-urlencoded
 * among them (Custom Vision's ClassifyImageUrl consumes JSON and form): the body is sent as
 * JSON, so only JSON types may label it.
 */
function sentAs(encoding: BodyEncoding, mediaTypes: string[]): string[] {
  if (encoding !== "json") return mediaTypes.filter((t) => !isXml(t));
  const json = mediaTypes.filter(isJson);
  return json.length > 0 ? json : ["application/json"];
}

const isBody = (p: M4Parameter): boolean => p.protocol.http?.in === ParameterLocation.Body;

/** Types a caller could pass as a plain string, which core-client would not JSON-encode. */
function mayBeString(t: TypeRef): boolean {
  switch (t.kind) {
    case "string":
    case "datetime":
    case "unknown":
      return true;
    case "constant":
      return typeof t.value === "string";
    case "enum":
      return t.extensible || t.values.some((v) => typeof v === "string");
    case "union":
      return t.members.some(mayBeString);
    default:
      return false;
  }
}

function formFields(params: M4Parameter[], where: string): FormField[] {
  return params.map((p) => ({
    wireName: wireName(p),
    description: description(p.language),
    type: schemaToType(p.schema, `${where}/parameters/${wireName(p)}`),
    required: p.required === true,
  }));
}

/**
 * The request body across every request modelerfour made for the operation (one per kind of
 * media type the spec consumes), or undefined when the operation sends none.
 */
export function toBody(requests: Request[], where: string): RequestBody | undefined {
  const bodied = requests.filter((r) => (r.parameters ?? []).some(isBody));
  if (!bodied.length) return undefined;
  // XML beside another media type (JSON, say) is dropped: the body is sent as the other one.
  const notXml = bodied.filter(
    (r) => (r.protocol.http as HttpRequestProtocol).knownMediaType !== "xml",
  );
  const withBody = notXml.length > 0 ? notXml : bodied;
  const encodings: BodyEncoding[] = [];
  const types: TypeRef[] = [];
  const contentTypes: string[] = [];
  let fields: FormField[] | undefined;
  let required = false;
  let doc: string | undefined;
  for (const r of withBody) {
    const http = r.protocol.http as HttpRequestProtocol;
    const media = http.knownMediaType ?? "json";
    const encoding = ENCODINGS[media];
    if (!encoding) {
      const what = media === "xml" ? "XML request body" : `request body of media type "${media}"`;
      throw new UnsupportedConstructError(what, where);
    }
    const params = (r.parameters ?? []).filter(isBody);
    encodings.push(encoding);
    contentTypes.push(...sentAs(encoding, http.mediaTypes ?? ["application/json"]));
    required ||= params.some((p) => p.required === true);
    if (encoding === "urlencoded" || encoding === "multipart") {
      fields = formFields(params, where);
      const list = fields.find((f) => f.type.kind === "array");
      if (encoding === "urlencoded" && list) {
        // modelerfour drops a formData array's collectionFormat, so neither "a,b" nor repeated
        // fields could be promised.
        throw new UnsupportedConstructError(
          `an array field in a form-urlencoded body`,
          `${where}/parameters/${list.wireName}`,
        );
      }
      continue;
    }
    const param = params[0]!;
    doc ??= description(param.language);
    types.push(encoding === "binary" ? { kind: "binary" } : schemaToType(param.schema, where));
  }
  if (fields && withBody.length > 1) {
    throw new UnsupportedConstructError("a form body offered with other content types", where);
  }
  // A form body is described by its fields; its `type` is never printed.
  const type: TypeRef =
    types.length === 0
      ? { kind: "anyObject" }
      : types.length === 1
        ? types[0]!
        : { kind: "union", members: types };
  const unique = [...new Set(contentTypes)];
  return {
    type,
    required,
    description: doc,
    contentTypes: unique,
    encodings,
    ...(fields ? { formFields: fields } : {}),
    contentTypeRequired:
      withBody.length > 1 || !unique.includes("application/json") || mayBeString(type),
  };
}
