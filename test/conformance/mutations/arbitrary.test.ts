/**
 * Property: every response generated from the spec (valid by construction) passes the validator.
 */
import fc from "fast-check";
import path from "node:path";
import { createValidator, DEFAULT_HEADER_RULES } from "../../../conformance/validator/index.js";
import { responseArbitrary } from "../helpers/arbitrary.js";
import { brief } from "../validator/helpers/setup.js";

const maps = createValidator();
const features = createValidator([path.join(__dirname, "../validator/fixtures/features.json")]);

const cases = [maps, features].flatMap((validator) =>
  [...validator.model.operations.values()].flatMap((operation) =>
    [...operation.responses.keys()].map(
      (key) => [`${operation.operationId} ${key}`, { validator, operation, key }] as const,
    ),
  ),
);

describe("generated valid responses pass", () => {
  test("every declared response is exercised", () => {
    expect(cases.map(([name]) => name)).toEqual([
      "Dataset_GetOperation 200",
      "Dataset_GetOperation default",
      "DataRegistry_GetOperation 200",
      "DataRegistry_GetOperation default",
      "Things_Get 200",
      "Things_Get 204",
      "Things_Get default",
      "Things_GetSummary default",
    ]);
  });

  test.each(cases)("%s", (_name, { validator, operation, key }) => {
    const arbitrary = responseArbitrary(operation, key, DEFAULT_HEADER_RULES);
    fc.assert(
      fc.property(arbitrary, fc.boolean(), (response, raw) => {
        const given =
          raw && response.body !== undefined
            ? { ...response, body: JSON.stringify(response.body) }
            : response;
        expect(brief(validator.validateResponse(given).violations)).toEqual([]);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  test("the generator does produce the interesting values", () => {
    const samples = fc.sample(
      responseArbitrary(
        maps.model.operations.get("DataRegistry_GetOperation")!,
        "200",
        DEFAULT_HEADER_RULES,
      ),
      { numRuns: 300, seed: 1 },
    );
    const statuses = new Set(samples.map((s) => (s.body as { status: string }).status));
    // Known values and unknown ones of the extensible enum, and the optional `error` property.
    expect(
      [...statuses].filter((s) => ["Running", "Completed", "Failed"].includes(s)).sort(),
    ).toEqual(["Completed", "Failed", "Running"]);
    expect([...statuses].some((s) => !["Running", "Completed", "Failed"].includes(s))).toBe(true);
    expect(samples.some((s) => (s.body as { error?: unknown }).error !== undefined)).toBe(true);
    expect(
      samples
        .filter((s) => (s.body as { status: string }).status === "Running")
        .every((s) => "Retry-After" in (s.headers as object)),
    ).toBe(true);
  });
});
