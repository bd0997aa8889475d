/**
 * Spectral's OpenAPI ruleset, every rule on ("all"), less the rules below. Each is off on purpose;
 * the README lists this table.
 */
export const disabledSpectralRules: ReadonlyArray<{ rule: string; reason: string }> = [
  {
    rule: "oas2-api-host",
    reason:
      "The host is given by x-ms-parameterized-host ({geography}.atlas.microsoft.com), as in Azure's own Maps specs; a fixed `host` would drop the geography.",
  },
  {
    rule: "no-$ref-siblings",
    reason:
      "Each document gives every property its own description, often different from the referenced definition's; AutoRest reads a description next to $ref, as azure-rest-api-specs does.",
  },
  {
    rule: "info-contact",
    reason: "Neither document names a contact; adding one would invent content.",
  },
  {
    rule: "info-license",
    reason: "Neither document states a license for the API description.",
  },
  {
    rule: "license-url",
    reason: "Follows from info-license: there is no license object.",
  },
  {
    rule: "openapi-tags",
    reason: "The documents define no tags; each spec has a single operation.",
  },
  {
    rule: "operation-tags",
    reason: "The documents define no tags; each spec has a single operation.",
  },
];
