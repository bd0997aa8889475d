import { typeText } from "../../../emitter/src/builders/typeText";
import type { TypeRef } from "../../../emitter/src/model/types";

describe("typeText", () => {
  it.each<[string, { given: TypeRef; input: string; output: string }]>([
    ["date-time", { given: { kind: "datetime" }, input: "Date | string", output: "string" }],
    [
      "sealed enum",
      {
        given: { kind: "enum", values: ["a", "b"], extensible: false },
        input: '"a" | "b"',
        output: '"a" | "b"',
      },
    ],
    [
      "extensible enum",
      {
        given: { kind: "enum", values: ["a"], extensible: true },
        input: "string",
        output: "string",
      },
    ],
    [
      "model",
      { given: { kind: "model", name: "Widget" }, input: "Widget", output: "WidgetOutput" },
    ],
    [
      "array of dictionary",
      {
        given: { kind: "array", element: { kind: "dictionary", element: { kind: "number" } } },
        input: "Array<Record<string, number>>",
        output: "Array<Record<string, number>>",
      },
    ],
    [
      "any object",
      {
        given: { kind: "anyObject" },
        input: "Record<string, unknown>",
        output: "Record<string, unknown>",
      },
    ],
  ])("%s", (_name, { given, input, output }) => {
    expect([typeText(given, "input"), typeText(given, "output")]).toEqual([input, output]);
  });
});
