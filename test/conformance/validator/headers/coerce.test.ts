import { coerceHeader } from "../../../../conformance/validator/headers/coerce.js";
import { nodeOf } from "../helpers/specs.js";

describe("coerceHeader", () => {
  test.each<[string, { given: [string, Record<string, unknown>, string?]; want: unknown }]>([
    ["integer", { given: ["10", { type: "integer" }], want: 10 }],
    ["integer with whitespace", { given: [" 10 ", { type: "integer" }], want: 10 }],
    ["negative integer", { given: ["-3", { type: "integer" }], want: -3 }],
    [
      "integer spelled as a fraction stays text",
      { given: ["1.5", { type: "integer" }], want: "1.5" },
    ],
    [
      "integer as an HTTP-date stays text",
      {
        given: ["Wed, 21 Oct 2015 07:28:00 GMT", { type: "integer" }],
        want: "Wed, 21 Oct 2015 07:28:00 GMT",
      },
    ],
    ["soon stays text", { given: ["soon", { type: "integer" }], want: "soon" }],
    ["hex is not an integer", { given: ["0x10", { type: "integer" }], want: "0x10" }],
    ["number", { given: ["1.5e3", { type: "number" }], want: 1500 }],
    ["empty is not a number", { given: ["", { type: "number" }], want: "" }],
    ["boolean", { given: ["false", { type: "boolean" }], want: false }],
    ["boolean is case-sensitive", { given: ["True", { type: "boolean" }], want: "True" }],
    ["string", { given: ["https://x", { type: "string" }], want: "https://x" }],
    ["csv array", { given: ["1,2", { type: "array", items: { type: "integer" } }], want: [1, 2] }],
    [
      "pipes array",
      {
        given: ["a|b", { type: "array", items: { type: "string" } }, "pipes"],
        want: ["a", "b"],
      },
    ],
    ["empty array", { given: ["", { type: "array", items: { type: "string" } }], want: [] }],
  ])("%s", (_name, { given: [text, schema, collectionFormat], want }) => {
    expect(coerceHeader(text, nodeOf(schema), collectionFormat)).toEqual(want);
  });
});
