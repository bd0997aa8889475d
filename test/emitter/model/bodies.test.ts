import type { Request } from "@autorest/codemodel";
import { toBody } from "../../../emitter/src/model/bodies";

/** The parts of a modelerfour request with a string body that toBody reads. */
function request(knownMediaType: string, mediaTypes: string[]): Request {
  return {
    protocol: { http: { knownMediaType, mediaTypes } },
    parameters: [
      {
        language: { default: { name: "body", description: "The body." } },
        protocol: { http: { in: "body" } },
        required: true,
        schema: { type: "string", language: { default: { name: "s" } } },
      },
    ],
  } as unknown as Request;
}

describe("toBody", () => {
  it("sends JSON where XML is offered beside it, as a separate request", () => {
    const body = toBody(
      [request("xml", ["application/xml"]), request("json", ["application/json"])],
      "#/paths/~1a/post",
    );
    expect(body).toMatchObject({ contentTypes: ["application/json"], type: { kind: "string" } });
  });

  it("sends JSON where XML is listed among the JSON request's media types", () => {
    const body = toBody(
      [request("json", ["application/xml", "text/xml", "application/json"])],
      "#/paths/~1a/post",
    );
    expect(body).toMatchObject({ contentTypes: ["application/json"] });
  });

  it("labels a body parameter offered as JSON or form-urlencoded as JSON only", () => {
    const body = toBody(
      [request("json", ["application/json", "application/x-www-form-urlencoded"])],
      "#/paths/~1a/post",
    );
    expect(body).toMatchObject({ contentTypes: ["application/json"], encodings: ["json"] });
  });

  it("refuses a body that is XML only", () => {
    expect(() => toBody([request("xml", ["application/xml"])], "#/paths/~1a/post")).toThrow(
      "unsupported construct XML request body at #/paths/~1a/post",
    );
  });
});
