import { startEmulator } from "../../../emulator/server.js";
import { KEY_HEADER } from "../helpers/clients.js";
import { send } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";

const emulator = useEmulator();
const control = (path: string, method = "GET", body?: unknown) =>
  send(`${emulator().url}/_emulator${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
const json = async (answer: Promise<{ status: number; text: string }>) => {
  const { status, text } = await answer;
  return { status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
};

describe("control API", () => {
  it("describes the emulator", async () => {
    const { status, body } = await json(control(""));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      url: emulator().url,
      apis: [
        { api: "dataset", path: "/datasets/operations/{operationId}", apiVersion: "2.0" },
        {
          api: "dataRegistry",
          path: "/dataRegistries/operations/{operationId}",
          apiVersion: "2023-06-01",
        },
      ],
      faultKinds: expect.arrayContaining(["hang", "badHeader"]),
      operations: 2,
    });
  });

  it("lists the seeded operations", async () => {
    const { body } = await json(control("/operations"));
    expect(body).toEqual({
      operations: [
        expect.objectContaining({
          api: "dataset",
          id: "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c",
          status: "NotStarted",
          polls: 0,
        }),
        expect.objectContaining({
          api: "dataRegistry",
          id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2",
          status: "Running",
          retryAfter: 10,
        }),
      ],
    });
  });

  it("creates an operation, shows its progress, and deletes it", async () => {
    const input = {
      api: "dataRegistry",
      id: "11111111-2222-3333-4444-555555555555",
      steps: [{ status: "Running", polls: 1 }],
      outcome: { status: "Failed", error: { code: "E", message: "m" } },
      retryAfter: 0,
    };
    const created = await control("/operations", "POST", input);
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/_emulator/operations/${input.id}`);
    const url = `${emulator().url}/dataRegistries/operations/${input.id}?api-version=2023-06-01`;
    expect(JSON.parse(created.text)).toEqual({
      ...input,
      url,
      status: "Running",
      polls: 0,
      faults: [],
    });
    await send(url, { headers: KEY_HEADER });
    expect((await json(control(`/operations/${input.id}`))).body).toMatchObject({
      status: "Failed",
      polls: 1,
    });
    expect((await control(`/operations/${input.id}`, "DELETE")).status).toBe(204);
    expect((await control(`/operations/${input.id}`)).status).toBe(404);
    expect((await send(url, { headers: KEY_HEADER })).status).toBe(404);
  });

  it("applies the documented defaults", async () => {
    const { body } = await json(control("/operations", "POST", { api: "dataset" }));
    expect(body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      steps: [
        { status: "NotStarted", polls: 1 },
        { status: "Running", polls: 1 },
      ],
      outcome: { status: "Succeeded" },
      resourceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/),
    });
  });

  it("keeps a rich error and a warning in the view, as given", async () => {
    const error = {
      code: "InvalidDwgPackage",
      message: "m",
      target: "manifest.json",
      details: [{ code: "D", message: "d", details: [{ code: "E", message: "e" }] }],
      additionalInfo: [{ type: "t", info: { a: [1, { b: null }] } }],
    };
    const warning = { code: "W", message: "w", target: "doors" };
    const input = { api: "dataset", id: "rich", outcome: { status: "Failed", error }, warning };
    const created = await json(control("/operations", "POST", input));
    expect(created).toEqual({
      status: 201,
      body: expect.objectContaining({ outcome: input.outcome, warning }),
    });
    expect((await json(control("/operations/rich"))).body).toMatchObject({
      outcome: input.outcome,
      warning,
    });
  });

  it("lists the error limits with the others", async () => {
    expect((await json(control(""))).body).toMatchObject({
      limits: { maxErrorDetails: 20, maxErrorDepth: 5 },
    });
  });

  it("manages global and per-operation fault rules", async () => {
    const id = "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c";
    expect((await json(control("/faults", "POST", { kind: "throttle", count: 2 }))).body).toEqual({
      faults: [{ fault: { kind: "throttle", retryAfter: 1 }, remaining: 2 }],
    });
    expect((await json(control("/faults"))).body).toEqual({
      faults: [{ fault: { kind: "throttle", retryAfter: 1 }, remaining: 2 }],
    });
    expect((await control("/faults", "DELETE")).status).toBe(204);
    expect((await json(control("/faults"))).body).toEqual({ faults: [] });

    const added = await json(
      control(`/operations/${id}/faults`, "POST", [{ kind: "latency", ms: 1 }, { kind: "hang" }]),
    );
    expect(added).toEqual({
      status: 201,
      body: {
        faults: [
          { fault: { kind: "latency", ms: 1 }, remaining: 1 },
          { fault: { kind: "hang" }, remaining: 1 },
        ],
      },
    });
    expect((await json(control(`/operations/${id}/faults`))).body).toEqual(added.body);
    expect((await control(`/operations/${id}/faults`, "DELETE")).status).toBe(204);
    expect((await json(control(`/operations/${id}`))).body).toMatchObject({ faults: [] });
  });

  it("reset brings back the seeded operations and drops faults", async () => {
    await control("/operations/8b1288fa-1958-4a2b-b68e-13a7i5af7d7c", "DELETE");
    await control("/faults", "POST", { kind: "reset" });
    expect((await control("/reset", "POST")).status).toBe(204);
    expect((await json(control("/faults"))).body).toEqual({ faults: [] });
    expect((await json(control(""))).body).toMatchObject({ operations: 2 });
  });
});

type Bad = [
  string,
  { path: string; method?: string; body?: unknown; status: number; message: RegExp },
];
const bad: Bad[] = [
  [
    "no body",
    { path: "/operations", method: "POST", status: 400, message: /JSON body is required/ },
  ],
  [
    "invalid JSON",
    { path: "/operations", method: "POST", body: "{nope", status: 400, message: /not valid JSON/ },
  ],
  [
    "a JSON array instead of an object",
    {
      path: "/operations",
      method: "POST",
      body: [],
      status: 400,
      message: /body must be a JSON object/,
    },
  ],
  [
    "unknown api",
    {
      path: "/operations",
      method: "POST",
      body: { api: "routes" },
      status: 400,
      message: /body.api must be one of dataset, dataRegistry/,
    },
  ],
  [
    "missing api",
    { path: "/operations", method: "POST", body: {}, status: 400, message: /body.api is required/ },
  ],
  [
    "unknown field",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", retry: 1 },
      status: 400,
      message: /unknown field\(s\) retry/,
    },
  ],
  [
    "non-GUID Data Registry id",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataRegistry", id: "x" },
      status: 400,
      message: /body.id must match/,
    },
  ],
  [
    "Dataset id with a slash",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", id: "a/b" },
      status: 400,
      message: /body.id must match/,
    },
  ],
  [
    "duplicate id",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", id: "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c" },
      status: 409,
      message: /already exists/,
    },
  ],
  [
    "status not pending for the API",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataRegistry", steps: [{ status: "NotStarted", polls: 1 }] },
      status: 400,
      message: /steps\[0\].status must be one of Running/,
    },
  ],
  [
    "step with both ms and polls",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", steps: [{ status: "Running", ms: 1, polls: 1 }] },
      status: 400,
      message: /exactly one of ms or polls/,
    },
  ],
  [
    "step with neither",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", steps: [{ status: "Running" }] },
      status: 400,
      message: /exactly one of ms or polls/,
    },
  ],
  [
    "negative ms",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", steps: [{ status: "Running", ms: -1 }] },
      status: 400,
      message: /ms must be an integer from 0/,
    },
  ],
  [
    "fractional polls",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", steps: [{ status: "Running", polls: 1.5 }] },
      status: 400,
      message: /polls must be an integer/,
    },
  ],
  [
    "too many steps",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", steps: Array(51).fill({ status: "Running", polls: 1 }) },
      status: 400,
      message: /at most 50 steps/,
    },
  ],
  [
    "outcome of the other API",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", outcome: "Completed" },
      status: 400,
      message: /outcome.status must be one of Succeeded, Failed/,
    },
  ],
  [
    "error on a success",
    {
      path: "/operations",
      method: "POST",
      body: {
        api: "dataset",
        outcome: { status: "Succeeded", error: { code: "a", message: "b" } },
      },
      status: 400,
      message: /only allowed with Failed/,
    },
  ],
  [
    "error without a message",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", outcome: { status: "Failed", error: { code: "a" } } },
      status: 400,
      message: /needs a code and a message/,
    },
  ],
  [
    "a Dataset error with a Data Registry innererror",
    {
      path: "/operations",
      method: "POST",
      body: {
        api: "dataset",
        outcome: { status: "Failed", error: { code: "a", message: "b", innererror: {} } },
      },
      status: 400,
      message: /body.outcome.error has unknown field\(s\) innererror/,
    },
  ],
  [
    "a Data Registry detail with Dataset additionalInfo",
    {
      path: "/operations",
      method: "POST",
      body: {
        api: "dataRegistry",
        outcome: {
          status: "Failed",
          error: {
            code: "a",
            message: "b",
            details: [{ code: "c", message: "d", additionalInfo: [] }],
          },
        },
      },
      status: 400,
      message: /body.outcome.error.details\[0\] has unknown field\(s\) additionalInfo/,
    },
  ],
  [
    "details nested past the limit",
    {
      path: "/operations",
      method: "POST",
      body: {
        api: "dataset",
        outcome: {
          status: "Failed",
          error: JSON.parse(
            '{"code":"a","message":"b","details":['.repeat(6) +
              '{"code":"c","message":"d"}' +
              "]}".repeat(6),
          ),
        },
      },
      status: 400,
      message: /is nested 6 levels deep; at most 5 are allowed/,
    },
  ],
  [
    "a warning on Data Registry",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataRegistry", warning: { code: "W", message: "w" } },
      status: 400,
      message: /body.warning applies to the dataset API only/,
    },
  ],
  [
    "a warning without a code",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", warning: { message: "w" } },
      status: 400,
      message: /body.warning needs a code and a message/,
    },
  ],
  [
    "non-integer retryAfter",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataRegistry", retryAfter: "10" },
      status: 400,
      message: /retryAfter must be an integer/,
    },
  ],
  [
    "created on Data Registry",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataRegistry", created: "x" },
      status: 400,
      message: /dataset API only/,
    },
  ],
  [
    "unknown fault kind",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "explode" },
      status: 400,
      message: /body.kind must be one of latency/,
    },
  ],
  [
    "latency without ms",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "latency" },
      status: 400,
      message: /ms is required/,
    },
  ],
  [
    "latency over the limit",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "latency", ms: 60001 },
      status: 400,
      message: /from 0 to 60000/,
    },
  ],
  [
    "zero count",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "hang", count: 0 },
      status: 400,
      message: /count must be an integer from 1/,
    },
  ],
  [
    "parameter of another kind",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "hang", ms: 1 },
      status: 400,
      message: /unknown field\(s\) ms/,
    },
  ],
  [
    "header value with a line break",
    {
      path: "/faults",
      method: "POST",
      body: { kind: "badHeader", value: "a\r\nx: y" },
      status: 400,
      message: /printable ASCII/,
    },
  ],
  [
    "empty rule list",
    {
      path: "/faults",
      method: "POST",
      body: [],
      status: 400,
      message: /Give 1 to 100 fault rules/,
    },
  ],
  [
    "bad fault inside an operation",
    {
      path: "/operations",
      method: "POST",
      body: { api: "dataset", faults: [{ kind: "x" }] },
      status: 400,
      message: /body.faults\[0\].kind/,
    },
  ],
  [
    "faults for an unknown operation",
    {
      path: "/operations/nope/faults",
      method: "POST",
      body: { kind: "hang" },
      status: 404,
      message: /No operation nope/,
    },
  ],
  ["unknown control route", { path: "/nope", status: 404, message: /No control route/ }],
  [
    "nested unknown route",
    { path: "/operations/x/faults/y", status: 404, message: /No control route/ },
  ],
  ["wrong method", { path: "/reset", method: "GET", status: 405, message: /GET is not allowed/ }],
  [
    "bad percent-encoding in an id",
    { path: "/operations/%E0%A4%A", status: 400, message: /percent-encoded/ },
  ],
];

describe("bad control requests", () => {
  it.each(bad)("%s", async (_, { path, method, body, status, message }) => {
    const answer = await control(path, method, body);
    expect(answer.status).toBe(status);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(answer.text)).toEqual({
      error: { code: expect.any(String), message: expect.stringMatching(message) },
    });
  });

  it("refuses a body over the size limit with 413", async () => {
    const answer = await control(
      "/operations",
      "POST",
      JSON.stringify({ api: "dataset", id: "x".repeat(70_000) }),
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).error.code).toBe("PayloadTooLarge");
  });

  it("refuses a chunked body that grows past the limit", async () => {
    const own = await startEmulator({ limits: { maxBodyBytes: 100 } });
    try {
      const answer = await send(`${own.url}/_emulator/operations`, {
        method: "POST",
        headers: { "transfer-encoding": "chunked", "content-type": "application/json" },
        body: JSON.stringify({ api: "dataset", resourceId: "y".repeat(200) }),
      });
      expect(answer.status).toBe(413);
    } finally {
      await own.close();
    }
  });

  it("caps the number of operations and of fault rules", async () => {
    const own = await startEmulator({ limits: { maxOperations: 3, maxFaultRules: 2 } });
    try {
      expect(() => own.createOperation({ api: "dataset" })).not.toThrow();
      expect(() => own.createOperation({ api: "dataset" })).toThrow(/At most 3 operations/);
      own.addFaults([{ kind: "hang" }, { kind: "hang" }]);
      expect(() => own.addFaults({ kind: "hang" })).toThrow(/At most 2 pending fault rules/);
      const answer = await send(`${own.url}/_emulator/operations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"api":"dataset"}',
      });
      expect([answer.status, JSON.parse(answer.text).error.code]).toEqual([400, "LimitExceeded"]);
    } finally {
      await own.close();
    }
  });
});
