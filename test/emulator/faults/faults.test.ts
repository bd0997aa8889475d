import type { ApiName } from "../../../emulator/apis/api-name.js";
import type { FaultRuleInput } from "../../../emulator/control/types.js";
import { startEmulator } from "../../../emulator/server.js";
import { KEY_HEADER, getOperation } from "../helpers/clients.js";
import { send } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";
import { specViolations, type HttpAnswer } from "../helpers/spec-validator.js";

const emulator = useEmulator();

function create(api: ApiName, faults?: FaultRuleInput[]) {
  return emulator().createOperation({
    api,
    retryAfter: 0,
    steps: [{ status: "Running", polls: 1 }],
    faults,
  });
}
const get = (url: string) => send(url, { headers: KEY_HEADER });
const body = (answer: HttpAnswer) => JSON.parse(answer.text) as Record<string, unknown>;

type Want = (answer: HttpAnswer, api: ApiName) => void;
const errorAnswer =
  (status: number, code: string, retryAfter?: string): Want =>
  (answer, api) => {
    expect(answer.status).toBe(status);
    expect(body(answer)).toEqual({ error: { code, message: expect.any(String) } });
    expect(answer.headers["retry-after"]).toBe(retryAfter);
    expect(answer.headers["x-ms-error-code"]).toBe(api === "dataRegistry" ? code : undefined);
    // Injected HTTP errors still honour the error shape: only their status is the fault.
    expect(specViolations(api, answer)).toEqual([]);
  };
const violates =
  (pattern: RegExp, check: (answer: HttpAnswer, api: ApiName) => void = () => undefined): Want =>
  (answer, api) => {
    expect(answer.status).toBe(200);
    expect(specViolations(api, answer)).toContainEqual(expect.stringMatching(pattern));
    check(answer, api);
  };

const answered: [string, FaultRuleInput, Want][] = [
  [
    "latency answers normally, later",
    { kind: "latency", ms: 5 },
    (a, api) => {
      expect(a.status).toBe(200);
      expect(specViolations(api, a)).toEqual([]);
    },
  ],
  [
    "throttle: 429 with Retry-After",
    { kind: "throttle", retryAfter: 2 },
    errorAnswer(429, "TooManyRequests", "2"),
  ],
  [
    "throttle defaults to Retry-After 1",
    { kind: "throttle" },
    errorAnswer(429, "TooManyRequests", "1"),
  ],
  ["serverError: 500", { kind: "serverError" }, errorAnswer(500, "InternalServerError")],
  ["unavailable: 503", { kind: "unavailable" }, errorAnswer(503, "ServiceUnavailable")],
  [
    "unavailable with Retry-After",
    { kind: "unavailable", retryAfter: 7 },
    errorAnswer(503, "ServiceUnavailable", "7"),
  ],
  [
    "nonJsonBody: 200 labelled JSON that is not",
    { kind: "nonJsonBody" },
    violates(/^body is not JSON$/, (a) => {
      expect(a.headers["content-type"]).toMatch(/^application\/json/);
    }),
  ],
  [
    "wrongContentType: valid JSON labelled text/plain",
    { kind: "wrongContentType" },
    violates(/^content-type is 'text\/plain'/, (a) => {
      expect(body(a).status).toBe("Running");
    }),
  ],
  [
    "wrongContentType with a chosen type",
    { kind: "wrongContentType", contentType: "text/html" },
    violates(/content-type is 'text\/html'/),
  ],
  [
    "missingProperty: no status",
    { kind: "missingProperty" },
    violates(/must have required property 'status'/, (a) => {
      expect(body(a)).not.toHaveProperty("status");
    }),
  ],
  [
    "wrongEnum: a known status in another letter case",
    { kind: "wrongEnum" },
    violates(/^body\/status must be equal to one of the allowed values$/, (a) => {
      expect(body(a).status).toBe("running");
    }),
  ],
  [
    "wrongType: a numeric id",
    { kind: "wrongType" },
    violates(/^body\/(operationId|id) must be string$/),
  ],
];

describe.each(["dataset", "dataRegistry"] as const)("%s faults", (api) => {
  describe.each(["global", "per operation"] as const)("%s", (scope) => {
    it.each(answered)("%s", async (_, rule, want) => {
      const { id, url } = create(api, scope === "per operation" ? [rule] : undefined);
      if (scope === "global") emulator().addFaults(rule);
      want(await get(url), api);
      // The rule is spent: the next poll is normal again.
      const next = await get(url);
      expect(next.status).toBe(200);
      expect(specViolations(api, next)).toEqual([]);
      expect(
        emulator()
          .operations()
          .find((op) => op.id === id)?.faults,
      ).toEqual([]);
    });

    it("reset: the connection is reset without an answer", async () => {
      const { url } = create(api, scope === "per operation" ? [{ kind: "reset" }] : undefined);
      if (scope === "global") emulator().addFaults({ kind: "reset" });
      await expect(get(url)).rejects.toMatchObject({ code: "ECONNRESET" });
      expect((await get(url)).status).toBe(200);
    });

    it("truncatedBody: half the promised body, then the connection drops", async () => {
      const { url } = create(
        api,
        scope === "per operation" ? [{ kind: "truncatedBody" }] : undefined,
      );
      if (scope === "global") emulator().addFaults({ kind: "truncatedBody" });
      await expect(get(url)).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
      expect((await get(url)).status).toBe(200);
    });

    it("hang: no answer until the client gives up", async () => {
      const { url } = create(api, scope === "per operation" ? [{ kind: "hang" }] : undefined);
      if (scope === "global") emulator().addFaults({ kind: "hang" });
      await expect(send(url, { headers: KEY_HEADER, timeoutMs: 50 })).rejects.toThrow(
        "client timeout",
      );
      expect((await get(url)).status).toBe(200);
    });
  });
});

describe("header faults", () => {
  it("badHeader gives Data Registry a non-integer Retry-After", async () => {
    const { url } = create("dataRegistry", [{ kind: "badHeader" }]);
    const answer = await get(url);
    expect(answer.headers["retry-after"]).toBe("1.5");
    expect(specViolations("dataRegistry", answer)).toEqual([
      "header Retry-After '1.5' is not an integer",
    ]);
  });

  it("badHeader takes a chosen value", async () => {
    const { url } = create("dataRegistry", [{ kind: "badHeader", value: "soon" }]);
    expect((await get(url)).headers["retry-after"]).toBe("soon");
  });

  it("badHeader gives Dataset a Resource-Location that is not a URL", async () => {
    const { url } = create("dataset", [{ kind: "badHeader" }]);
    const answer = await get(url);
    expect(answer.headers["resource-location"]).toBe("not a url");
    expect(specViolations("dataset", answer)).toEqual([
      "header Resource-Location 'not a url' is not a url",
    ]);
  });
});

describe("fault rules", () => {
  it("apply to the next N requests, in the order they were added", async () => {
    const { url } = create("dataRegistry");
    emulator().addFaults([
      { kind: "serverError", count: 2 },
      { kind: "throttle", retryAfter: 3 },
    ]);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get(url)).status);
    expect(statuses).toEqual([500, 500, 429, 200]);
  });

  it("global rules count every API request, even refused ones", async () => {
    const { url } = create("dataRegistry");
    emulator().addFaults({ kind: "wrongEnum" });
    const refused = await send(url); // no credential: 401, and the rule is spent on it
    expect(refused.status).toBe(401);
    expect(body(await get(url)).status).toBe("Running");
  });

  it("replacing faults do not advance the timeline; mutating ones do", async () => {
    const { url } = create("dataRegistry", [{ kind: "unavailable" }, { kind: "wrongType" }]);
    expect((await get(url)).status).toBe(503);
    expect(body(await get(url))).toMatchObject({ id: 12345, status: "Running" });
    expect(body(await get(url)).status).toBe("Completed");
  });

  it("an operation's rules wait for a request that reaches that operation", async () => {
    const { url } = create("dataRegistry", [{ kind: "serverError" }]);
    const other = create("dataRegistry");
    expect((await get(other.url)).status).toBe(200);
    expect((await send(url)).status).toBe(401);
    expect((await get(url)).status).toBe(500);
  });

  it("reach the generated REST client as it would meet them", async () => {
    const { id } = create("dataRegistry", [{ kind: "throttle", retryAfter: 4 }, { kind: "reset" }]);
    const throttled = await getOperation(emulator(), "dataRegistry", id);
    expect([throttled.status, throttled.headers["retry-after"]]).toEqual([429, "4"]);
    await expect(getOperation(emulator(), "dataRegistry", id)).rejects.toMatchObject({
      name: "RestError",
    });
    expect((await getOperation(emulator(), "dataRegistry", id)).body).toMatchObject({
      status: "Running",
    });
  });
});

describe("close() with faults pending", () => {
  async function waitUntilSpent(list: () => unknown[]) {
    while (list().length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it.each([
    ["a hanging request", { kind: "hang" }],
    ["a request in a long latency", { kind: "latency", ms: 60_000 }],
  ] as [string, FaultRuleInput][])("ends %s and resolves", async (_, rule) => {
    const own = await startEmulator();
    own.addFaults(rule);
    const pending = send(
      `${own.url}/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01`,
      { headers: KEY_HEADER },
    );
    const outcome = pending.then(
      () => "answered",
      (error: Error) => error.message,
    );
    await waitUntilSpent(() => own.faults());
    await own.close();
    expect(await outcome).toMatch(/socket hang up|ECONNRESET/);
    await own.close(); // idempotent
  });
});
