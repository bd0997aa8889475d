import {
  findSpecFiles,
  runSpecChecks,
  specChecks,
  type SpecFinding,
} from "../../../scripts/spec-checks/index.js";
import { brokenCopy, type Json } from "./brokenCopy.js";

const DATASET = "specs/data-plane/Creator/stable/2.0/dataset.json";
const DATA_REGISTRY = "specs/data-plane/DataRegistry/stable/2023-06-01/dataregistry.json";
const DATASET_GET = (s: Json): Json => s.paths["/datasets/operations/{operationId}"].get;
const REGISTRY_GET = (s: Json): Json => s.paths["/dataRegistries/operations/{operationId}"].get;

const show = (f: SpecFinding): string =>
  `${f.check} ${f.file}#${f.pointer} [${f.code}] ${f.message}`;

describe("spec checks on the committed specs", () => {
  it("finds both specs in the azure-rest-api-specs layout", () => {
    expect(findSpecFiles()).toEqual([DATASET, DATA_REGISTRY]);
  });

  // A failure here prints "<check> <file>#<pointer> [code] message" for every finding.
  it.each([DATASET, DATA_REGISTRY])("%s passes every check with zero findings", async (file) => {
    const runs = await runSpecChecks([file]);
    expect(runs.map((r) => r.check.name)).toEqual(specChecks.map((c) => c.name));
    expect(runs.flatMap((r) => r.findings).map(show)).toEqual([]);
  });
});

interface BrokenCase {
  spec: string;
  breakSpec?: (spec: Json) => void;
  breakExample?: { name: string; edit: (example: Json) => void };
  /** Each listed check reports a finding at this pointer with this code; unlisted checks stay quiet. */
  want: Array<{ check: SpecFinding["check"]; pointer: string; code: string; inExample?: string }>;
}

const brokenCases: Array<[string, BrokenCase]> = [
  [
    "info.version missing",
    {
      spec: DATASET,
      breakSpec: (s) => delete s.info.version,
      want: [
        { check: "swagger-2.0", pointer: "/info", code: "required" },
        { check: "autorest-extensions", pointer: "/info", code: "required" },
        { check: "spectral-oas2", pointer: "/info", code: "oas2-schema" },
      ],
    },
  ],
  [
    "operation responses missing",
    {
      spec: DATA_REGISTRY,
      breakSpec: (s) => delete REGISTRY_GET(s).responses,
      want: [
        {
          check: "swagger-2.0",
          pointer: "/paths/~1dataRegistries~1operations~1{operationId}/get",
          code: "required",
        },
        {
          check: "autorest-extensions",
          pointer: "/paths/~1dataRegistries~1operations~1{operationId}/get",
          code: "required",
        },
        {
          check: "spectral-oas2",
          pointer: "/paths/~1dataRegistries~1operations~1{operationId}/get",
          code: "oas2-schema",
        },
      ],
    },
  ],
  [
    "x-ms-enum.modelAsString not a boolean (only AutoRest's extension schema knows x-ms-*)",
    {
      spec: DATASET,
      breakSpec: (s) => (s.definitions.LroStatus["x-ms-enum"].modelAsString = "yes"),
      want: [
        {
          check: "autorest-extensions",
          pointer: "/definitions/LroStatus/x-ms-enum/modelAsString",
          code: "type",
        },
      ],
    },
  ],
  [
    "operation description removed (only Spectral's ruleset requires it)",
    {
      spec: DATASET,
      breakSpec: (s) => delete DATASET_GET(s).description,
      want: [
        {
          check: "spectral-oas2",
          pointer: "/paths/~1datasets~1operations~1{operationId}/get",
          code: "operation-description",
        },
      ],
    },
  ],
  [
    "example status of the wrong type",
    {
      spec: DATASET,
      breakExample: {
        name: "Dataset_GetOperation_Succeeded.json",
        edit: (e) => (e.responses["200"].body.status = 42),
      },
      want: [
        {
          check: "oav-examples",
          pointer: "/responses/200/body/status",
          code: "INVALID_TYPE",
          inExample: "Dataset_GetOperation_Succeeded.json",
        },
      ],
    },
  ],
  [
    "example missing a required property",
    {
      spec: DATA_REGISTRY,
      breakExample: {
        name: "DataRegistry_GetOperation_Completed.json",
        edit: (e) => delete e.responses["200"].body.id,
      },
      want: [
        {
          check: "oav-examples",
          pointer: "/responses/200/body/id",
          code: "OBJECT_MISSING_REQUIRED_PROPERTY",
          inExample: "DataRegistry_GetOperation_Completed.json",
        },
      ],
    },
  ],
  [
    "example error detail missing its required message",
    {
      spec: DATA_REGISTRY,
      breakExample: {
        name: "DataRegistry_GetOperation_Failed.json",
        edit: (e) => delete e.responses["200"].body.error.message,
      },
      want: [
        {
          check: "oav-examples",
          pointer: "/responses/200/body/error/message",
          code: "OBJECT_MISSING_REQUIRED_PROPERTY",
          inExample: "DataRegistry_GetOperation_Failed.json",
        },
      ],
    },
  ],
];

describe("spec checks on broken copies", () => {
  it.each(brokenCases)("%s", async (_name, { spec, breakSpec, breakExample, want }) => {
    const copy = brokenCopy(spec, breakSpec, breakExample);
    try {
      const findings = (await runSpecChecks([copy.specFile])).flatMap((r) => r.findings);
      for (const w of want) {
        const file = w.inExample ? copy.exampleFile(w.inExample) : copy.specFile;
        expect(findings).toContainEqual(
          expect.objectContaining({ check: w.check, file, pointer: w.pointer, code: w.code }),
        );
      }
      // Checks not listed stay quiet (oav does not run at all on a schema-invalid spec).
      const listed = new Set(want.map((w) => w.check));
      const others = findings.filter(
        (f) => !listed.has(f.check) && f.code !== "SKIPPED_INVALID_SPEC",
      );
      expect(others.map(show)).toEqual([]);
    } finally {
      copy.dispose();
    }
  });

  it("skips oav on a schema-invalid spec and says why, instead of oav's INTERNAL_ERROR", async () => {
    const copy = brokenCopy(DATASET, (s) => delete s.info.version);
    try {
      const oav = (await runSpecChecks([copy.specFile])).find(
        (r) => r.check.name === "oav-examples",
      );
      expect(oav?.findings.map((f) => f.code)).toEqual(["SKIPPED_INVALID_SPEC"]);
    } finally {
      copy.dispose();
    }
  });
});
