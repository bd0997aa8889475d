import { firstDuplicate } from "../../../../../conformance/validator/schema/keywords/uniqueItems.js";
import { createValidator } from "../../../../../conformance/validator/index.js";
import { specAround, writeSpec } from "../../helpers/specs.js";

describe("firstDuplicate: JSON Schema's equality, each item read once", () => {
  test.each<[string, { given: unknown[]; want: [number, number] | undefined }]>([
    ["distinct strings", { given: ["a", "b", "c"], want: undefined }],
    ["a repeated string", { given: ["a", "b", "a"], want: [0, 2] }],
    ["1 and '1' differ", { given: [1, "1", true, "true", null, "null"], want: undefined }],
    ["-0 and 0 are equal, as ajv's ===", { given: [0, -0], want: [0, 1] }],
    [
      "objects whatever their key order",
      {
        given: [
          { a: 1, b: [2] },
          { b: [2], a: 1 },
        ],
        want: [0, 1],
      },
    ],
    [
      "objects that differ deep down",
      { given: [{ a: { b: 1 } }, { a: { b: 2 } }], want: undefined },
    ],
    ["an empty array and an empty object differ", { given: [[], {}], want: undefined }],
    [
      "arrays in order",
      {
        given: [
          [1, 2],
          [2, 1],
          [1, 2],
        ],
        want: [0, 2],
      },
    ],
    ["a key that names a key", { given: [{ "a,b": 1 }, { a: 1, b: 1 }], want: undefined }],
    ["a __proto__ key is a key", { given: [JSON.parse('{"__proto__":1}'), {}], want: undefined }],
  ])("%s", (_name, { given, want }) => expect(firstDuplicate(given)).toEqual(want));
});

describe("uniqueItems in a response", () => {
  const validator = createValidator([
    writeSpec(
      specAround({
        type: "array",
        uniqueItems: true,
        items: { type: "object", properties: { id: { type: "integer" } } },
      }),
    ),
  ]);
  const check = (body: unknown) =>
    validator.validateResponse({
      operationId: "X_Get",
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).violations;

  test("a repeated object is ARRAY_UNIQUE, under the spec's keyword, naming both items", () => {
    expect(check([{ id: 1 }, { id: 2 }, { id: 1 }])).toMatchObject([
      {
        code: "ARRAY_UNIQUE",
        keyword: "uniqueItems",
        pointer: "",
        message: "must NOT have duplicate items (items ## 0 and 2 are identical)",
      },
    ]);
  });

  test("40,000 distinct objects pass, and one repeat among them is found", () => {
    const items = Array.from({ length: 40_000 }, (_, id) => ({ id }));
    expect(check(items)).toEqual([]);
    expect(check([...items, { id: 39_999 }])).toMatchObject([{ code: "ARRAY_UNIQUE" }]);
  });
});
