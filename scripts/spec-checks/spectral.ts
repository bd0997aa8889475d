import { readFileSync } from "node:fs";
import { Document, Spectral, type RulesetDefinition } from "@stoplight/spectral-core";
import * as Parsers from "@stoplight/spectral-parsers";
import { oas } from "@stoplight/spectral-rulesets";
import type { SpecCheck, SpecFinding } from "./finding.js";
import { toPointer } from "./pointer.js";
import { disabledSpectralRules } from "./spectralRuleset.js";

function createSpectral(): Spectral {
  const spectral = new Spectral();
  spectral.setRuleset({
    // The rulesets package types its export more loosely than spectral-core expects.
    extends: [[oas as RulesetDefinition, "all"]],
    rules: Object.fromEntries(disabledSpectralRules.map(({ rule }) => [rule, "off"])),
  });
  return spectral;
}

let spectral: Spectral | undefined;

const severityNames = ["error", "warn", "info", "hint"];

export const spectralCheck: SpecCheck = {
  name: "spectral-oas2",
  describes: `Spectral oas ruleset, all rules, ${disabledSpectralRules.length} disabled with reasons`,
  async run(file) {
    spectral ??= createSpectral();
    const document = new Document(readFileSync(file, "utf8"), Parsers.Json, file);
    const results = await spectral.run(document);
    return results.map((r): SpecFinding => ({
      check: "spectral-oas2",
      file,
      pointer: toPointer(r.path),
      code: String(r.code),
      message: `${severityNames[r.severity] ?? "error"}: ${r.message}`,
    }));
  },
};
