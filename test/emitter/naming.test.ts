import type { Operation } from "../../emitter/src/model/types";
import * as naming from "../../emitter/src/naming";

const op = { group: "Dataset", name: "GetOperation" };

describe("naming", () => {
  it.each<[string, { given: () => string; want: string }]>([
    ["operation base", { given: () => naming.operationBaseName(op), want: "DatasetGetOperation" }],
    [
      "no group",
      { given: () => naming.operationBaseName({ group: "", name: "Ping" }), want: "Ping" },
    ],
    [
      "output model",
      { given: () => naming.outputModelName("ErrorResponse"), want: "ErrorResponseOutput" },
    ],
    [
      "client file",
      { given: () => naming.clientFileBase("MapsDatasetClient"), want: "mapsDatasetClient" },
    ],
    [
      "user agent",
      {
        given: () => naming.userAgentInfo("@azure-rest/maps-dataset", "1.0.0"),
        want: "azsdk-js-maps-dataset-rest/1.0.0",
      },
    ],
    [
      "identifier kept",
      { given: () => naming.parameterIdentifier("operationId"), want: "operationId" },
    ],
    [
      "identifier made",
      { given: () => naming.parameterIdentifier("api-version"), want: "apiVersion" },
    ],
    [
      "pointer",
      {
        given: () => naming.operationPointer({ path: "/a/{b}", method: "get" }),
        want: "#/paths/~1a~1{b}/get",
      },
    ],
    ["reserved word", { given: () => naming.parameterIdentifier("class"), want: "classParam" }],
    [
      "route pattern",
      {
        given: () => naming.routePattern("/jobs/{name}:run.v2"),
        want: "/\\/jobs\\/[^/]+:run\\.v2$/",
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(given()).toBe(want);
  });

  it.each<[string, { given: [string[], string[]]; want: string[] }]>([
    ["path in Routes", { given: [["path", "id"], ["path"]], want: ["pathParam", "id"] }],
    [
      "createClient's own names",
      {
        given: [
          ["options", "credentials"],
          ["options", "credentials"],
        ],
        want: ["optionsParam", "credentialsParam"],
      },
    ],
    ["two wire names, one identifier", { given: [["a-b", "aB"], []], want: ["aB", "aBParam"] }],
  ])("unique identifiers: %s", (_name, { given, want }) => {
    expect(naming.uniqueIdentifiers(...given)).toEqual(want);
  });

  it.each<[string, { given: Array<[string, string, string]>; want: string[] }]>([
    ["a unique name drops the group", { given: [["/a", "Widgets", "Get"]], want: ["Get"] }],
    [
      "a clash keeps every group, whatever the order",
      {
        given: [
          ["/b", "Gadgets", "Get"],
          ["/a", "Widgets", "Get"],
        ],
        want: ["GadgetsGet", "WidgetsGet"],
      },
    ],
    ["a model's name is taken", { given: [["/w", "Catalog", "Widget"]], want: ["CatalogWidget"] }],
  ])("path interface names: %s", (_name, { given, want }) => {
    const first = new Map(given.map(([path, group, name]) => [path, { group, name }]));
    expect([...naming.pathInterfaceNames(first, new Set(["Widget"])).values()]).toEqual(want);
  });

  describe("operation type prefixes that give way to model names", () => {
    const restore = {
      operationId: "Restore",
      group: "",
      name: "Restore",
      responses: [{ status: "200" }, { status: "default" }],
    } as unknown as Operation;
    it.each<[string, { models: string[]; want: string | undefined }]>([
      ["no clash keeps the group-and-name prefix", { models: ["Folder"], want: undefined }],
      [
        "a body model named like the options type",
        { models: ["RestoreParameters"], want: "RestoreOperation" },
      ],
      [
        "a model named like a response type",
        { models: ["Restore200Response"], want: "RestoreOperation" },
      ],
      [
        "the renamed prefix clashing too takes a number",
        { models: ["RestoreParameters", "RestoreOperationParameters"], want: "RestoreOperation2" },
      ],
    ])("%s", (_name, { models, want }) => {
      const taken = naming.modelTypeNames(models.map((name) => ({ name })));
      expect(naming.typePrefixAvoiding(restore, taken)).toBe(want);
    });
  });
});
