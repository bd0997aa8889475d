import { extensionsSchemaCheck } from "./extensionsSchema.js";
import type { SpecCheck, SpecFinding } from "./finding.js";
import { oavExamplesCheck } from "./oavExamples.js";
import { spectralCheck } from "./spectral.js";
import { swaggerSchemaCheck } from "./swaggerSchema.js";

export type { SpecCheck, SpecCheckName, SpecFinding } from "./finding.js";
export { findSpecFiles } from "./specFiles.js";
export { disabledSpectralRules } from "./spectralRuleset.js";

export const specChecks: readonly SpecCheck[] = [
  swaggerSchemaCheck,
  extensionsSchemaCheck,
  spectralCheck,
  oavExamplesCheck,
];

export interface SpecCheckRun {
  check: SpecCheck;
  file: string;
  findings: SpecFinding[];
}

/**
 * Runs every check on every file. oav needs a schema-valid spec (it fails with INTERNAL_ERROR on a
 * broken one), so it runs only when the schema checks found nothing, and says so otherwise.
 */
export async function runSpecChecks(files: readonly string[]): Promise<SpecCheckRun[]> {
  const runs: SpecCheckRun[] = [];
  for (const file of files) {
    let schemaBroken = false;
    for (const check of specChecks) {
      if (check === oavExamplesCheck && schemaBroken) {
        runs.push({
          check,
          file,
          findings: [
            {
              check: check.name,
              file,
              pointer: "",
              code: "SKIPPED_INVALID_SPEC",
              message: "not run: the spec fails the Swagger 2.0 schema checks above",
            },
          ],
        });
        continue;
      }
      const findings = await check.run(file);
      if (check !== spectralCheck && findings.length > 0) schemaBroken = true;
      runs.push({ check, file, findings });
    }
  }
  return runs;
}
