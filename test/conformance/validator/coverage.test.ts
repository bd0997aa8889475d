import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createValidator,
  sampleToResponse,
  loadExampleSamples,
} from "../../../conformance/validator/index.js";

const json = { "Content-Type": "application/json" };

describe("coverage", () => {
  const validator = createValidator();
  const samples = loadExampleSamples(validator.model);
  beforeAll(() => {
    for (const sample of samples) validator.validateResponse(sampleToResponse(sample));
    // One failing response: counts its status, nothing else.
    validator.validateResponse({
      operationId: "DataRegistry_GetOperation",
      status: 200,
      headers: json,
      body: { id: "x", status: "running", error: { code: "c", message: "m" } },
    });
    // An unknown value of an extensible enum passes and is recorded as such.
    validator.validateResponse({
      operationId: "DataRegistry_GetOperation",
      status: 200,
      headers: json,
      body: { id: "x", status: "Paused" },
    });
    validator.validateResponse({
      operationId: "DataRegistry_GetOperation",
      status: 503,
      headers: { ...json, "x-ms-error-code": "Busy" },
      body: { error: { code: "Busy", message: "m", target: "t" } },
    });
    validator.validateResponse({
      operationId: "Dataset_GetOperation",
      status: 201,
      headers: json,
      body: "{}",
    });
  });

  test.each([
    [
      "statuses seen per declared response",
      {
        given: "/operations/DataRegistry_GetOperation/responses/200",
        want: { statuses: { "200": 5 }, checked: 5, passed: 4, headers: { "Retry-After": 1 } },
      },
    ],
    [
      "error responses by actual status",
      {
        given: "/operations/DataRegistry_GetOperation/responses/default",
        want: { statuses: { "503": 1 }, checked: 1, passed: 1, headers: { "x-ms-error-code": 1 } },
      },
    ],
    [
      "undeclared statuses",
      { given: "/operations/Dataset_GetOperation/undeclaredStatuses", want: { "201": 1 } },
    ],
    [
      "Dataset 200 headers",
      {
        given: "/operations/Dataset_GetOperation/responses/200/headers",
        want: { "Resource-Location": 1 },
      },
    ],
    [
      "enum values, unknown ones apart",
      {
        given: "/enums/dataregistry.json#~1definitions~1LongRunningOperationStatus",
        want: {
          extensible: true,
          values: { Running: 1, Completed: 1, Failed: 1 },
          unknownValues: { Paused: 1 },
        },
      },
    ],
    [
      "enum values never seen stay at 0",
      {
        given: "/enums/dataset.json#~1definitions~1LroStatus",
        want: {
          extensible: true,
          values: { NotStarted: 0, Running: 1, Failed: 0, Succeeded: 1 },
          unknownValues: {},
        },
      },
    ],
    [
      "optional properties of the result",
      {
        given: "/optionalProperties/dataregistry.json#~1definitions~1LongRunningOperationResult",
        want: { error: 1 },
      },
    ],
    [
      "optional properties of nested errors",
      {
        given: "/optionalProperties/dataregistry.json#~1definitions~1MapsErrorDetail",
        want: { details: 0, innererror: 0, target: 1 },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const report = validator.coverage() as unknown as Record<string, unknown>;
    let node: unknown = report;
    for (const token of given.slice(1).split("/"))
      node = (node as Record<string, unknown>)[token.replace(/~1/g, "/")];
    expect(JSON.parse(JSON.stringify(node))).toEqual(want);
  });

  test("the report is a snapshot of plain data", () => {
    const before = validator.coverage();
    validator.validateResponse(sampleToResponse(samples[0]!));
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    expect(validator.coverage()).not.toEqual(before);
  });

  test("resetCoverage starts from zero with every declared item listed", () => {
    validator.resetCoverage();
    const report = validator.coverage();
    expect(report.operations.Dataset_GetOperation?.responses["200"]).toEqual({
      statuses: {},
      checked: 0,
      passed: 0,
      headers: { "Resource-Location": 0 },
    });
    expect(Object.keys(report.enums).sort()).toEqual([
      "dataregistry.json#/definitions/LongRunningOperationStatus",
      "dataset.json#/definitions/LroStatus",
    ]);
  });

  // Regression: the compiled body walk points into the report's records, so a reset must not
  // leave it counting into the discarded report.
  test("after resetCoverage, passing responses count into the new report", () => {
    validator.resetCoverage();
    validator.validateResponse({
      operationId: "DataRegistry_GetOperation",
      status: 503,
      headers: { ...json, "x-ms-error-code": "Busy" },
      body: { error: { code: "Busy", message: "m", target: "t" } },
    });
    const report = validator.coverage();
    expect(report.operations.DataRegistry_GetOperation?.responses.default).toMatchObject({
      passed: 1,
      headers: { "x-ms-error-code": 1 },
    });
    expect(
      report.optionalProperties["dataregistry.json#/definitions/MapsErrorDetail"],
    ).toMatchObject({ target: 1 });
  });

  test("an endless stream of unknown enum values is bounded", () => {
    validator.resetCoverage();
    for (let i = 0; i < 500; i++) {
      validator.validateResponse({
        operationId: "DataRegistry_GetOperation",
        status: 200,
        headers: json,
        body: { id: "x", status: `New${i}` },
      });
    }
    const unknown =
      validator.coverage().enums["dataregistry.json#/definitions/LongRunningOperationStatus"]!
        .unknownValues;
    expect(Object.keys(unknown)).toHaveLength(100);
  });
});

describe("coverage snapshots are plain objects", () => {
  // Regression: null-prototype records failed the conformance run's deepStrictEqual with {}.
  test("records have a prototype, and __proto__ stays a key", () => {
    const validator = createValidator();
    validator.validateResponse({
      operationId: "DataRegistry_GetOperation",
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: '{"id":"x","status":"__proto__"}',
    });
    const enumCoverage =
      validator.coverage().enums["dataregistry.json#/definitions/LongRunningOperationStatus"]!;
    // structuredClone's objects come from Node's realm, not jest's: compare with null only.
    expect(Object.getPrototypeOf(enumCoverage.unknownValues)).not.toBeNull();
    expect(Object.keys(enumCoverage.unknownValues)).toEqual(["__proto__"]);
    expect(enumCoverage.unknownValues.__proto__).toBe(1);
  });
});

describe("coverage keys of files that share a name", () => {
  // Regression: Azure Maps specs reach Common/preview/1.0/common.json and
  // Common/stable/2023-06-01/common.json; both were keyed `common.json#...`, so the second file's
  // enum values counted as unknown values of the first's, and optional properties added together.
  test("each file keeps its own counts, under a key that tells them apart", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "coverage-names-"));
    const write = (file: string, doc: unknown): string => {
      const full = path.join(dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, JSON.stringify(doc));
      return full;
    };
    const common = (values: string[]) => ({
      definitions: {
        Status: { type: "string", enum: values },
        Result: {
          type: "object",
          properties: { status: { $ref: "#/definitions/Status" }, note: { type: "string" } },
        },
      },
    });
    write("v1/common.json", common(["Running", "Failed"]));
    write("v2/common.json", common(["Succeeded", "Failed"]));
    const spec = (version: string, operationId: string) => ({
      swagger: "2.0",
      info: { title: operationId, version: "1" },
      produces: ["application/json"],
      paths: {
        [`/${version}`]: {
          get: {
            operationId,
            responses: {
              "200": {
                description: "ok",
                schema: { $ref: `./${version}/common.json#/definitions/Result` },
              },
            },
          },
        },
      },
    });
    const validator = createValidator([
      write("a.json", spec("v1", "A_Get")),
      write("b.json", spec("v2", "B_Get")),
    ]);
    const check = (operationId: string, body: unknown) =>
      validator.validateResponse({ operationId, status: 200, headers: json, body });
    expect(check("A_Get", { status: "Running", note: "n" }).ok).toBe(true);
    expect(check("B_Get", { status: "Succeeded" }).ok).toBe(true);

    const { enums, optionalProperties } = validator.coverage();
    expect(enums["common.json#/definitions/Status"]?.values).toEqual({ Running: 1, Failed: 0 });
    expect(enums["v2/common.json#/definitions/Status"]).toEqual({
      extensible: false,
      values: { Succeeded: 1, Failed: 0 },
      unknownValues: {},
    });
    expect(optionalProperties["common.json#/definitions/Result"]).toEqual({ status: 1, note: 1 });
    expect(optionalProperties["v2/common.json#/definitions/Result"]).toEqual({
      status: 1,
      note: 0,
    });
  });
});
