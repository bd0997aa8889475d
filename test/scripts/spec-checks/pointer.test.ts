import {
  hashPathToPointer,
  oavPathToPointer,
  toPointer,
} from "../../../scripts/spec-checks/pointer.js";

describe("toPointer", () => {
  it.each<[string, Array<string | number>, string]>([
    ["empty path", [], ""],
    ["plain segments", ["info", "version"], "/info/version"],
    [
      "slash escaped as ~1",
      ["paths", "/datasets/operations/{operationId}"],
      "/paths/~1datasets~1operations~1{operationId}",
    ],
    ["tilde escaped as ~0", ["a~b"], "/a~0b"],
    ["numbers", ["items", 0], "/items/0"],
  ])("%s", (_name, given, want) => expect(toPointer(given)).toBe(want));
});

describe("oavPathToPointer", () => {
  it.each<[string, string | undefined, string]>([
    ["undefined", undefined, ""],
    ["root", "$", ""],
    ["oav's example path", "$responses.200.body.status", "/responses/200/body/status"],
    ["dotted root", "$.responses.200.body", "/responses/200/body"],
    [
      "bracketed segment with a dot",
      "$.responses['200'].headers['Resource.Location']",
      "/responses/200/headers/Resource.Location",
    ],
  ])("%s", (_name, given, want) => expect(oavPathToPointer(given)).toBe(want));
});

describe("hashPathToPointer", () => {
  it.each<[string, string | undefined, string]>([
    ["leading hash dropped", "#/info", "/info"],
    ["already a pointer", "/info", "/info"],
    ["undefined", undefined, ""],
  ])("%s", (_name, given, want) => expect(hashPathToPointer(given)).toBe(want));
});
