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
  ])("%s", (_name, { given, want }) => {
    expect(given()).toBe(want);
  });
});
