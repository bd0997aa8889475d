/**
 * The coverage walk's compiled visits (coverageRecorder/visit.ts) with the property names that
 * are awkward to write into code: names `Object.prototype` also has, which count only as own
 * properties, and names with quotes, backslashes and line separators.
 */
import { createValidator } from "../../../conformance/validator/index.js";
import { specAround, writeSpec } from "./helpers/specs.js";

const ODD = 'we"ird\\name\u2028';

const schema = {
  type: "object",
  required: ["kind"],
  properties: {
    kind: { type: "string", enum: ["a", "b"] },
    // Any value: ajv reads an absent `constructor` through the prototype too, and a typed one
    // would fail when absent.
    constructor: {},
    toString: {},
    [ODD]: { type: "integer", enum: [1, 2] },
    list: {
      type: "array",
      items: { type: "string", enum: ["p", "q"], "x-ms-enum": { name: "L", modelAsString: true } },
    },
    plain: { type: "string" },
  },
};

describe("coverage of a body whose property names are awkward to compile", () => {
  const validator = createValidator([writeSpec(specAround(schema))]);
  const check = (body: unknown): boolean =>
    validator.validateResponse({
      operationId: "X_Get",
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).ok;

  beforeAll(() => {
    // `constructor` and `toString` are inherited here, not carried: they count nothing.
    expect(check({ kind: "a" })).toBe(true);
    const full = { kind: "b", constructor: "x", toString: "s", plain: "v" };
    expect(check({ ...full, [ODD]: 2, list: ["p", "z", "q"] })).toBe(true);
  });

  /** The report's entry whose key ends with `suffix`. */
  function entry<T>(records: Record<string, T>, suffix: string): T {
    const key = Object.keys(records).find((k) => k.endsWith(suffix));
    if (key === undefined) throw new Error(`no ${suffix} among ${Object.keys(records).join(", ")}`);
    return records[key]!;
  }

  test("optional properties count when carried as own properties only", () => {
    const report = validator.coverage();
    expect(entry(report.optionalProperties, "/schema")).toEqual({
      constructor: 1,
      toString: 1,
      [ODD]: 1,
      list: 1,
      plain: 1,
    });
  });

  test.each([
    ["/kind", { a: 1, b: 1 }, {}],
    [`/${ODD.replace("~", "~0").replace("/", "~1")}`, { "1": 0, "2": 1 }, {}],
    ["/list/items", { p: 1, q: 1 }, { z: 1 }],
  ])("enum values below %j", (suffix, values, unknownValues) => {
    const tally = entry(validator.coverage().enums, suffix);
    expect([tally.values, tally.unknownValues]).toEqual([values, unknownValues]);
  });
});
