import { buildFiles } from "../../../emitter/src/builders/index";
import { modelDeclarations } from "../../../emitter/src/builders/modelInterfaces";
import type { ClientModel, Model, Operation } from "../../../emitter/src/model/types";

const page = (over: Partial<Operation>): Operation => ({
  operationId: "Things_List",
  group: "Things",
  name: "List",
  method: "get",
  path: "/things",
  pathParameters: [],
  queryParameters: [],
  headerParameters: [],
  responses: [
    { status: "200", body: { kind: "model", name: "ThingPage" }, headers: [], isError: false },
  ],
  ...over,
});

const model: ClientModel = {
  clientName: "ThingsClient",
  packageName: "@azure-rest/things",
  packageVersion: "1.0.0",
  hostTemplate: "https://things.example",
  hostParameters: [],
  credential: { kind: "none" },
  operations: [
    page({ paging: { itemName: "value", nextLinkName: "nextLink" } }),
    page({
      operationId: "Things_Export",
      name: "Export",
      method: "post",
      path: "/things:export",
      longRunning: { finalStateVia: "location" },
      responses: [{ status: "202", headers: [], isError: false }],
    }),
  ],
  models: [
    {
      name: "ThingPage",
      parents: [],
      properties: [],
      usedAsInput: false,
      usedAsOutput: true,
    },
  ],
};

describe("helper builders", () => {
  const files = buildFiles(model);
  const file = (path: string): string => files.find((f) => f.path === path)?.content ?? "";

  it("emits pollingHelper.ts and paginateHelper.ts only for LRO and pageable operations", () => {
    expect(files.map((f) => f.path)).toContain("pollingHelper.ts");
    expect(files.map((f) => f.path)).toContain("paginateHelper.ts");
    const plain = buildFiles({ ...model, operations: [page({})] }).map((f) => f.path);
    expect(plain).not.toContain("pollingHelper.ts");
    expect(plain).not.toContain("paginateHelper.ts");
  });

  it.each<[string, { file: string; want: string[] }]>([
    [
      "one getLongRunningPoller overload per LRO, typed by its logical response",
      {
        file: "pollingHelper.ts",
        want: [
          "TResult extends ThingsExportLogicalResponse",
          "initialResponse: ThingsExport202Response",
          '["POST", /\\/things:export$/, "location"]',
        ],
      },
    ],
    [
      "one page shape for a spec whose pageable operations agree",
      {
        file: "paginateHelper.ts",
        want: ['return {"itemName":"value","nextLinkName":"nextLink"};'],
      },
    ],
    [
      "the poll of an LRO is expected by isUnexpected",
      { file: "isUnexpected.ts", want: ['"GET /things:export": ["202", "200"]'] },
    ],
  ])("%s", (_name, { file: path, want }) => {
    for (const text of want) expect(file(path)).toContain(text);
  });
});

describe("exported names", () => {
  it("refuses two declarations with one name, which export * would drop", () => {
    const clash: ClientModel = {
      ...model,
      models: [
        {
          name: "ThingsListParameters",
          parents: [],
          properties: [],
          usedAsInput: true,
          usedAsOutput: false,
        },
      ],
    };
    expect(() => buildFiles(clash)).toThrow(
      "generated name ThingsListParameters is declared in both parameters.ts and models.ts",
    );
  });
});

describe("polymorphic model declarations", () => {
  const poly = (
    name: string,
    parents: string[],
    value?: string,
    descendants: string[] = [],
  ): Model => ({
    name,
    parents,
    polymorphism: { property: "kind", ...(value ? { value } : {}), descendants },
    properties: parents.length
      ? []
      : [
          {
            wireName: "kind",
            type: { kind: "string" },
            required: true,
            readOnly: false,
            nullable: false,
          },
        ],
    usedAsInput: true,
    usedAsOutput: true,
  });
  const models = [
    poly("Fish", [], undefined, ["Salmon", "Shark"]),
    poly("Salmon", ["Fish"], "salmon"),
    poly("Shark", ["Fish"], "shark"),
  ];
  const byName = new Map(models.map((m) => [m.name, m]));

  it.each<[string, { given: Model; side: "input" | "output"; want: string }]>([
    [
      "a base is a Parent interface and a union of its subtypes",
      {
        given: models[0]!,
        side: "output",
        want: "export type FishOutput = SalmonOutput | SharkOutput;",
      },
    ],
    [
      "the base keeps an extensible discriminator",
      {
        given: models[0]!,
        side: "output",
        want: "export interface FishOutputParent {\nkind: string;",
      },
    ],
    [
      "a subtype extends the Parent with its literal value",
      {
        given: models[1]!,
        side: "input",
        want: 'export interface Salmon extends FishParent {\nkind: "salmon";\n}',
      },
    ],
  ])("%s", (_name, { given, side, want }) => {
    expect(modelDeclarations(given, side, byName)).toContain(want);
  });
});
