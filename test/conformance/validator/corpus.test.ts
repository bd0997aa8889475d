/**
 * Every Swagger 2.0 file of the emitter's fixture corpus and of the conformance fixtures loads,
 * and gets a response per declared response checked without a throw. Files are found, not listed:
 * a fixture added later is covered the day it lands. A file that is not a Swagger 2.0 document
 * (an x-ms-examples file, a recording) is skipped.
 *
 * For the fixtures here, the generated responses (valid by construction) must also pass; other
 * corpora may hold what the test arbitraries cannot generate, so there only the contract is held:
 * well-formed records, no throw.
 */
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  createValidator,
  VIOLATION_CODES,
  type ResponseInput,
  type ValidationResult,
} from "../../../conformance/validator/index.js";
import { isJsonMediaType, mediaType } from "../../../conformance/validator/contentType.js";
import { responseArbitrary } from "../helpers/arbitrary.js";
import { brief } from "./helpers/setup.js";

const TEST_ROOT = path.resolve(__dirname, "../..");
const OWN = path.resolve(__dirname, "..");

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

/** Every `fixtures` folder below `dir`. */
function fixtureDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const full = path.join(dir, entry.name);
    return entry.name === "fixtures" ? [full] : fixtureDirs(full);
  });
}

function isSwagger2(file: string): boolean {
  try {
    const text = readFileSync(file, "utf8").replace(/^\ufeff/, "");
    return (JSON.parse(text) as { swagger?: unknown } | null)?.swagger === "2.0";
  } catch {
    return false;
  }
}

const corpus = [path.join(TEST_ROOT, "emitter/fixtures"), ...fixtureDirs(OWN)]
  .flatMap(jsonFiles)
  .filter(isSwagger2)
  .sort();

const codes = new Set<string>(VIOLATION_CODES);
const wellFormed = (result: ValidationResult): boolean =>
  result.ok === (result.violations.length === 0) &&
  result.violations.every((v) => codes.has(v.code) && typeof v.message === "string");

describe("the Swagger 2.0 corpus", () => {
  test("holds the emitter's fixtures and these", () => {
    const names = corpus.map((file) => path.relative(TEST_ROOT, file));
    expect(names).toEqual(
      expect.arrayContaining([
        "emitter/fixtures/specs/kitchen-sink.json",
        "conformance/validator/fixtures/features.json",
        "conformance/validator/fixtures/sloppy.json",
        "conformance/validator/fixtures/multi-file/service.json",
      ]),
    );
  });

  test.each(corpus.map((file) => [path.relative(TEST_ROOT, file), file] as const))(
    "%s loads and answers a response per operation",
    (_name, file) => {
      const validator = createValidator([file]);
      // The emitted draft 4 is clean: ajv's strict mode has nothing to say about it.
      expect(validator.warnings.filter((w) => w.code === "SCHEMA_STRICT")).toEqual([]);
      const own = file.startsWith(OWN);
      for (const operation of validator.model.operations.values()) {
        for (const key of operation.responses.keys()) {
          const responses = fc.sample(responseArbitrary(operation, key, []), {
            numRuns: 20,
            seed: 13,
          });
          for (const [i, response] of responses.entries()) {
            const given = i % 2 === 1 ? asText(response) : response;
            let result: ValidationResult | undefined;
            expect(() => (result = validator.validateResponse(given))).not.toThrow();
            expect(wellFormed(result!)).toBe(true);
            if (own)
              expect([operation.operationId, key, brief(result!.violations)]).toEqual([
                operation.operationId,
                key,
                [],
              ]);
          }
        }
      }
    },
  );
});

/** The same response with its body as JSON text, as it comes off the wire (JSON types only). */
function asText(response: ResponseInput): ResponseInput {
  const contentType = (response.headers as Record<string, string>)["Content-Type"];
  if (response.body === undefined || (contentType && !isJsonMediaType(mediaType(contentType)))) {
    return response;
  }
  return { ...response, body: JSON.stringify(response.body) };
}
