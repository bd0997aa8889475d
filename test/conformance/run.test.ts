/**
 * `runConformance` on what other repositories bring: their own specs, their recordings, bad
 * options. (The full run on the bundled specs is the main job, and runs from an install in
 * test/packaging/cli.test.ts.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConformanceOptionError, runConformance } from "../../conformance/index.js";

const FEATURES = path.join(__dirname, "validator/fixtures/features.json");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "conformance-run-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const thing = (id: unknown) => ({
  scope: "https://things.example.com",
  method: "GET",
  path: "/things/t1",
  status: 200,
  response: { id, kind: "Small", count: 1 },
  rawHeaders: { "content-type": "application/json" },
});

function recording(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

test("other specs: the Maps-only groups are skipped with their reason, a clean recording passes", async () => {
  const file = recording("things.json", [thing("t1")]);
  const report = await runConformance({
    specs: [FEATURES],
    recordings: [file],
    reportDir: path.join(dir, "out"),
    env: {},
  });
  const stages = Object.fromEntries(report.stages.map((s) => [s.name, s.status]));
  expect(stages).toMatchObject({
    specs: "passed",
    live: "skipped",
    timelines: "skipped",
    faults: "skipped",
    recordings: "passed",
  });
  expect(report.ok).toBe(true);
  expect(readFileSync(path.join(dir, "out", "junit.xml"), "utf8")).toContain(
    '<testsuite name="recordings" tests="2" failures="0"',
  );
});

test("a recording with a violation fails, and the report names it with its request", async () => {
  const file = recording("bad.json", [thing(42)]);
  const report = await runConformance({
    specs: [FEATURES],
    recordings: [file],
    reportDir: dir,
    env: {},
  });
  expect(report.ok).toBe(false);
  expect(report.violations).toEqual([
    expect.objectContaining({
      code: "INVALID_TYPE",
      pointer: "/id",
      url: "https://things.example.com/things/t1",
      test: "recordings: bad.json",
    }),
  ]);
  const junit = readFileSync(path.join(dir, "junit.xml"), "utf8");
  // The failure says which violation, where and on which request.
  expect(junit).toContain(
    "found, not expected: INVALID_TYPE body /id: must be string (GET https://things.example.com/things/t1)",
  );
  expect(junit).toMatch(
    /<testcase [^>]*name="bad.json: exactly the expected violations"[^>]*>\n\s*<failure/,
  );
});

test("a recording holding a credential fails, and the credential is not repeated", async () => {
  const leaked = { ...thing("t1"), reqheaders: { "subscription-key": "a-real-looking-key-123" } };
  // (The text says which header: the key itself is never repeated.)
  const report = await runConformance({
    specs: [FEATURES],
    recordings: [recording("leak.json", [leaked])],
    reportDir: dir,
    env: {},
  });
  expect(report.ok).toBe(false);
  const text = readFileSync(path.join(dir, "junit.xml"), "utf8");
  expect(text).toContain("a subscription-key header value is not redacted");
  expect(text).not.toContain("a-real-looking-key-123");
  expect(readFileSync(path.join(dir, "report.json"), "utf8")).not.toContain(
    "a-real-looking-key-123",
  );
});

test("specs that cannot be loaded fail the run with the reason, and nothing else runs", async () => {
  const broken = path.join(dir, "broken.json");
  writeFileSync(broken, "{ not json");
  const report = await runConformance({ specs: [broken], reportDir: dir, env: {} });
  expect(report.ok).toBe(false);
  expect(report.stages).toEqual([expect.objectContaining({ name: "specs", status: "failed" })]);
  expect(report.tests).toEqual({ passed: 0, failed: 0, skipped: 0 });
});

test.each<[string, object, string]>([
  ["endpoint not a URL", { endpoint: "maps.example.com" }, "endpoint"],
  ["endpoint with user info", { endpoint: "https://user:pw@maps.example.com" }, "endpoint"],
  ["empty specs", { specs: [] }, "specs"],
  ["a missing spec file", { specs: ["/nope/spec.json"] }, "specs[0]"],
  ["a spec folder", { specs: [tmpdir()] }, "specs[0]"],
  ["a missing recording", { recordings: ["/nope/rec.json"] }, "recordings[0]"],
  ["an empty report dir", { reportDir: " " }, "reportDir"],
  ["log not a function", { log: "yes" }, "log"],
  ["a nulls policy it does not know", { nulls: "lenient" }, "nulls"],
])("refuses %s before running anything, naming the option", async (_name, options, option) => {
  const error = await runConformance(options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConformanceOptionError);
  expect(error).toMatchObject({ option, code: "InvalidArgument" });
  expect((error as Error).message).not.toContain("pw@");
});

test("an x-ms-examples file that cannot be read fails its own check; the other examples still run", async () => {
  const spec = path.join(dir, "widgets.json");
  mkdirSync(path.join(dir, "examples"));
  writeFileSync(
    path.join(dir, "examples", "ok.json"),
    JSON.stringify({ parameters: {}, responses: { "200": { body: { id: "w1" } } } }),
  );
  writeFileSync(
    spec,
    JSON.stringify({
      swagger: "2.0",
      info: { title: "widgets", version: "1" },
      produces: ["application/json"],
      paths: {
        "/w": {
          get: {
            operationId: "W_Get",
            // The second one is spelt in another case than any file, as on a case-insensitive disk.
            "x-ms-examples": {
              ok: { $ref: "./examples/ok.json" },
              misspelt: { $ref: "./examples/OK.json" },
            },
            responses: {
              "200": {
                description: "ok",
                schema: { type: "object", properties: { id: { type: "string" } } },
              },
            },
          },
        },
      },
    }),
  );
  const report = await runConformance({ specs: [spec], reportDir: path.join(dir, "out"), env: {} });
  const samples = report.stages.find((s) => s.name === "samples");
  expect(samples).toMatchObject({
    status: "failed",
    summary: expect.stringMatching(/1 passed, 1 failed/),
  });
  expect(samples?.details.join("\n")).toContain("OK.json");
  expect(report.ok).toBe(false);
  expect(report.stages.find((s) => s.name === "self-test")?.status).toBe("passed");
});

test("nulls: oav accepts null where oav does; the default does not", async () => {
  // `homepage` is optional and not x-nullable: null there is oav's reading, not the spec's.
  const file = recording("nulls.json", [
    { ...thing("t1"), response: { id: "t1", kind: "Small", count: 1, homepage: null } },
  ]);
  const run = (nulls?: "oav") =>
    runConformance({
      specs: [FEATURES],
      recordings: [file],
      reportDir: path.join(dir, nulls ?? "declared"),
      env: {},
      ...(nulls ? { nulls } : {}),
    });
  const [declared, oav] = [await run(), await run("oav")];
  expect(declared.ok).toBe(false);
  expect(declared.violations.map((v) => [v.code, v.pointer])).toEqual([
    ["INVALID_TYPE", "/homepage"],
  ]);
  expect(oav.ok).toBe(true);
});

// Regression: Ctrl-C and SIGTERM (CI cancellation) did not reach the run, which went on for as
// long as its checks took.
test("a signal stops the run: the rest is skipped as interrupted, and the run fails", async () => {
  const controller = new AbortController();
  const report = await runConformance({
    specs: [FEATURES],
    recordings: [recording("things.json", [thing("t1")])],
    reportDir: dir,
    env: {},
    signal: controller.signal,
    log: (line) => {
      if (line.startsWith("conformance: samples")) controller.abort();
    },
  });
  expect(report.ok).toBe(false);
  expect(report.stages.find((s) => s.name === "interrupted")?.status).toBe("failed");
  expect(report.tests.passed).toBe(0);
  expect(report.tests.skipped).toBeGreaterThan(0);
  expect(readFileSync(path.join(dir, "junit.xml"), "utf8")).toContain("interrupted");
});

test("signal must be an AbortSignal", async () => {
  await expect(
    runConformance({ specs: [FEATURES], env: {}, signal: "stop" as never }),
  ).rejects.toMatchObject({ name: "ConformanceOptionError", option: "signal" });
});

// Regression: the faults group read the shared coverage, so a new value of an extensible enum
// from a conforming live target ("Validating") failed the wrongEnum check, and the run.
test("a conforming endpoint that sends a new extensible status value passes every group", async () => {
  const id = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";
  const polls = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const match = /^\/(dataRegistries|datasets)\/operations\/([^/?]+)/.exec(req.url ?? "");
    if (!match || match[2] !== id) {
      send(404, { error: { code: "NotFound", message: "no such operation" } });
      return;
    }
    const n = (polls.get(match[1]!) ?? 0) + 1;
    polls.set(match[1]!, n);
    if (match[1] === "dataRegistries") {
      send(200, { id, status: n === 1 ? "Validating" : "Completed" });
      return;
    }
    const { port } = server.address() as AddressInfo;
    send(
      200,
      { operationId: id, created: "2024-01-01T00:00:00+00:00", status: "Succeeded" },
      {
        "resource-location": `http://127.0.0.1:${port}/datasets/3e36b996-f6d1-b068-0fcb-dd6b014c3447?api-version=2.0`,
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const report = await runConformance({
      endpoint: `http://127.0.0.1:${port}`,
      reportDir: dir,
      env: { MAPS_DATASET_OPERATION_ID: id, MAPS_DATA_REGISTRY_OPERATION_ID: id },
    });
    expect(polls.get("dataRegistries")).toBeGreaterThan(0);
    const failed = report.stages.filter((s) => s.status === "failed");
    expect(failed.map((s) => [s.name, s.details])).toEqual([]);
    expect(report.ok).toBe(true);

    // Regression: without the ids, the emulator's seeded ones were polled on a server that is
    // no emulator, and failed as "did not reach a terminal status (last: undefined)".
    polls.clear();
    const without = await runConformance({
      endpoint: `http://127.0.0.1:${port}`,
      reportDir: path.join(dir, "without-ids"),
      env: {},
    });
    expect(without.stages.filter((s) => s.status === "failed")).toEqual([]);
    expect(without.skipped).toEqual(
      expect.arrayContaining([
        { name: "live dataset operation", reason: "MAPS_DATASET_OPERATION_ID is not set" },
        {
          name: "live dataRegistry operation",
          reason: "MAPS_DATA_REGISTRY_OPERATION_ID is not set",
        },
      ]),
    );
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}, 120_000);

// Regressions: a recording with no exchange passed while checking nothing, and a deeply nested
// recorded body failed with "Maximum call stack size exceeded" instead of BODY_TOO_DEEP.
test("an empty recording fails; a deep recorded body is BODY_TOO_DEEP", async () => {
  const empty = recording("empty.json", { definitions: [] });
  const deep = path.join(dir, "deep.json");
  writeFileSync(deep, JSON.stringify([{ ...thing("t1"), response: "PLACEHOLDER" }]));
  // Written by hand: JSON.stringify would overflow on the body itself.
  writeFileSync(
    deep,
    readFileSync(deep, "utf8").replace(
      '"PLACEHOLDER"',
      `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
    ),
  );
  const report = await runConformance({
    specs: [FEATURES],
    recordings: [empty, deep],
    reportDir: dir,
    env: {},
  });
  const junit = readFileSync(path.join(dir, "junit.xml"), "utf8");
  expect(junit).toContain("holds no exchange");
  expect(report.violations.map((v) => v.code)).toContain("BODY_TOO_DEEP");
  expect(junit).not.toContain("Maximum call stack");
});
