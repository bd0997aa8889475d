import { buildFiles } from "../../../emitter/src/builders/index";
import type { ClientModel, Operation } from "../../../emitter/src/model/types";

const op: Operation = {
  operationId: "Things_Get",
  group: "Things",
  name: "Get",
  method: "get",
  path: "/things/{thingId}",
  pathParameters: [{ wireName: "thingId", type: { kind: "string" }, required: true }],
  queryParameters: [{ wireName: "top", type: { kind: "number" }, required: false }],
  headerParameters: [],
  responses: [
    {
      status: "200",
      body: { kind: "model", name: "Thing" },
      headers: [{ wireName: "Retry-After", type: { kind: "number" }, required: false }],
      isError: false,
    },
    { status: "default", body: { kind: "model", name: "Problem" }, headers: [], isError: true },
  ],
};

const model: ClientModel = {
  clientName: "ThingsClient",
  packageName: "@azure-rest/things",
  packageVersion: "1.0.0",
  hostTemplate: "https://{region}.things.example",
  hostParameters: [
    { name: "region", type: { kind: "enum", values: ["a", "b"], extensible: false } },
  ],
  apiVersion: "2024-01-01",
  credential: { kind: "key", headerName: "x-key" },
  operations: [op],
  models: [
    {
      name: "Thing",
      parents: [],
      properties: [
        {
          wireName: "id",
          type: { kind: "string" },
          required: true,
          readOnly: true,
          nullable: false,
        },
        {
          wireName: "kind",
          type: { kind: "enum", values: ["x", "y"], extensible: true },
          required: false,
          readOnly: false,
          nullable: true,
        },
      ],
      usedAsInput: false,
      usedAsOutput: true,
    },
    { name: "Problem", parents: [], properties: [], usedAsInput: false, usedAsOutput: true },
  ],
};

describe("builders on a small model", () => {
  const files = buildFiles(model);

  it("emits no models.ts without request bodies, and no serializeHelper without collections", () => {
    expect(files.map((f) => f.path)).toEqual([
      "thingsClient.ts",
      "parameters.ts",
      "responses.ts",
      "clientDefinitions.ts",
      "isUnexpected.ts",
      "outputModels.ts",
      "logger.ts",
      "index.ts",
    ]);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s matches its snapshot", (_p, file) => {
    // Builders are pure; Prettier (ESM-only under jest) is covered by the whole-output tests.
    expect(file.content).toMatchSnapshot();
  });

  it("puts the host parameter before the credential in createClient", () => {
    const client = files.find((f) => f.path === "thingsClient.ts")?.content ?? "";
    expect(client).toContain('region: "a" | "b",\ncredentials: KeyCredential,');
    expect(client).toContain("`https://${region}.things.example`");
  });
});
