import type { Response as M4Response } from "@autorest/codemodel";
import { toResponses } from "../../../emitter/src/model/responses";

/** The parts of a modelerfour response toResponses reads. */
function m4(statusCodes: string[], knownMediaType: string, schemaType?: string): M4Response {
  return {
    language: { default: { name: "", description: "d" } },
    protocol: { http: { statusCodes, knownMediaType, mediaTypes: [], headers: [] } },
    ...(schemaType ? { schema: { type: schemaType, language: { default: { name: "s" } } } } : {}),
  } as unknown as M4Response;
}

describe("toResponses", () => {
  it.each<[string, { given: M4Response[]; want: unknown[] }]>([
    [
      "merges a status returned in two media types into one response with a union body",
      {
        given: [m4(["202"], "json", "string"), m4(["202"], "binary")],
        want: [
          {
            status: "202",
            body: { kind: "union", members: [{ kind: "string" }, { kind: "binary" }] },
          },
        ],
      },
    ],
    [
      "keeps one body when both media types carry the same type",
      {
        given: [m4(["200"], "json", "string"), m4(["200"], "text", "string")],
        want: [{ status: "200", body: { kind: "string" } }],
      },
    ],
    [
      "keeps statuses apart",
      {
        given: [m4(["200", "201"], "json", "boolean")],
        want: [
          { status: "200", body: { kind: "boolean" } },
          { status: "201", body: { kind: "boolean" } },
        ],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(toResponses(given, [], "#/paths/~1a/get")).toMatchObject(want);
  });

  it("refuses a status that is XML only, pointing at it", () => {
    const given = [m4(["200"], "json", "string"), m4(["200", "201"], "xml", "string")];
    expect(() => toResponses(given, [], "#/paths/~1a/get")).toThrow(
      "unsupported construct XML response body at #/paths/~1a/get/responses/201",
    );
  });

  it("types a status offered as XML and JSON by the JSON", () => {
    const given = [m4(["200"], "xml", "object"), m4(["200"], "json", "string")];
    expect(toResponses(given, [], "#/paths/~1a/get")).toMatchObject([
      { status: "200", body: { kind: "string" } },
    ]);
  });
});
