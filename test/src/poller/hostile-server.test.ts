/**
 * Regressions found with hostile servers (issue: waiting, errors and the CLI), each named after
 * the defect it pins: a poll storm from a huge Retry-After, and a server that echoes the
 * credential back in the status, the x-ms-error-code header, the error body or a header.
 */
import { inspect } from "node:util";
import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import { isRestError } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  createOperationPoller,
  isOperationFailedError,
  isOperationTimeoutError,
  waitForOperation,
  type OperationProgress,
} from "../../../src/index.js";
import { fast } from "../helpers/answers.js";
import {
  CLIENT_ID,
  DATASET_ID,
  DR_ID,
  KEY,
  RecordingTokenCredential,
  SAS,
} from "../helpers/credentials.js";
import { captureLogs } from "../helpers/logs.js";
import { useServer, type Answer } from "../helpers/server.js";
import { selfSignedCertificate } from "../helpers/tls.js";

const TOKEN = "hostile-bearer-token-9876543210";
const logs = captureLogs();
const tls = selfSignedCertificate();
const server = useServer(() => tls);

const options = (extra: object) => ({ endpoint: server().url, agent: tls.agent, ...extra });
const clients = {
  key: (extra: object = {}) =>
    createDataRegistryOperationsClient(new AzureKeyCredential(KEY), options(extra)),
  sas: (extra: object = {}) =>
    createDataRegistryOperationsClient(new AzureSASCredential(SAS), options(extra)),
  token: (extra: object = {}) =>
    createDataRegistryOperationsClient(
      new RecordingTokenCredential(TOKEN),
      CLIENT_ID,
      options(extra),
    ),
};
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 5));
};

describe("poll storm: Retry-After 1000000000 with maxWaitInMs Infinity made 1,302 requests in 3 s", () => {
  let warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.name);
  beforeEach(() => {
    warnings = [];
    process.on("warning", onWarning);
  });
  afterEach(() => void process.off("warning", onWarning));

  it.each([
    [
      "a Running answer",
      {
        status: 200,
        headers: { "retry-after": "1000000000" },
        body: { id: DR_ID, status: "Running" },
      },
    ],
    [
      "a 429",
      {
        status: 429,
        headers: { "retry-after": "1000000000" },
        body: { error: { code: "TooManyRequests", message: "later" } },
      },
    ],
  ] as [string, Answer][])(
    "after %s, one request, then a sleep (no timer overflow)",
    async (_name, answer) => {
      server().script([answer]);
      const poller = createOperationPoller(clients.key(), DR_ID, {
        ...fast,
        maxWaitInMs: Infinity,
      });
      const done = poller.pollUntilDone().catch((e: unknown) => e);
      await until(() => server().requests.length > 0);
      // A storm shows at once (the overflowed timer fired after 1 ms); give it room to show.
      await new Promise((r) => setTimeout(r, 300));
      expect(server().requests).toHaveLength(1);
      expect(poller.getOperationState().nextPollInMs).toBe(1_000_000_000_000);
      poller.stopPolling();
      expect(((await done) as Error).name).toBe("AbortError");
      expect(warnings).not.toContain("TimeoutOverflowWarning");
    },
  );

  it("a finite budget past which the server asks to wait ends the wait at once", async () => {
    server().script([{ status: 429, headers: { "retry-after": "1000000000" } }]);
    const thrown = await waitForOperation(clients.key(), DR_ID, {
      ...fast,
      maxWaitInMs: 60_000,
    }).catch((e: unknown) => e);
    expect(isOperationTimeoutError(thrown)).toBe(true);
    expect(server().requests).toHaveLength(1);
  });
});

describe.each([
  ["key", KEY],
  ["sas", SAS],
  ["token", TOKEN],
] as const)("a server that echoes the %s credential leaves no trace of it", (kind, secret) => {
  const forms = (error: unknown) => {
    const e = error as Error & { resumeState?: string; response?: unknown; request?: unknown };
    return [
      e.message,
      String(e),
      e.stack ?? "",
      JSON.stringify(e),
      inspect(e, { depth: 10 }),
      e.resumeState ?? "",
      JSON.stringify(e.response ?? null),
    ];
  };
  const clean = (texts: readonly string[]) => {
    for (const text of texts) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
  };

  it("in the status field: the timeout error, its resume state, the state and progress events", async () => {
    // Retry-After 10 s puts the second poll past the 5 s budget: the first poll has answered
    // however slow the machine is, and the wait ends at once with the timeout error.
    server().script([
      {
        status: 200,
        headers: { "retry-after": "10" },
        body: { id: DR_ID, status: `Running ${secret}` },
      },
    ]);
    const progress: OperationProgress[] = [];
    const thrown = await waitForOperation(clients[kind](), DR_ID, {
      ...fast,
      maxWaitInMs: 5000,
      onProgress: (p) => progress.push(p),
    }).catch((e: unknown) => e);
    expect(isOperationTimeoutError(thrown)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]?.status).toBe("Running REDACTED");
    clean(forms(thrown));
    clean(progress.map((p) => JSON.stringify(p)));
  });

  it("in x-ms-error-code and the error body of a 401: the RestError in every form", async () => {
    server().script([
      {
        status: 401,
        headers: { "x-ms-error-code": `Bad${secret}` },
        body: { error: { code: `Code${secret}`, message: `credential ${secret} refused` } },
      },
    ]);
    const thrown = await waitForOperation(clients[kind](), DR_ID, fast).catch((e: unknown) => e);
    expect(isRestError(thrown) && [thrown.statusCode, thrown.code]).toEqual([401, "BadREDACTED"]);
    expect((thrown as Error).message).toContain("credential REDACTED refused");
    clean(forms(thrown));
  });

  it("in a Failed operation's error: the OperationFailedError in every form", async () => {
    server().script([
      {
        status: 200,
        body: { id: DR_ID, status: "Failed", error: { code: "Bad", message: `not ${secret}` } },
      },
    ]);
    const thrown = await waitForOperation(clients[kind](), DR_ID, fast).catch((e: unknown) => e);
    expect(isOperationFailedError(thrown) && thrown.error?.message).toBe("not REDACTED");
    clean(forms(thrown));
  });

  it("in response headers that core's log policy prints: x-ms-error-code, retry-after", async () => {
    server().script([
      { status: 503, headers: { "x-ms-error-code": `E${secret}`, "retry-after": `${secret}` } },
    ]);
    const client = clients[kind]({ retryOptions: { maxRetries: 0 } });
    const direct = await client.path("/dataRegistries/operations/{operationId}", DR_ID).get();
    expect(direct.headers["x-ms-error-code"]).toBe("EREDACTED");
    clean([JSON.stringify(direct.headers)]);
  });

  afterAll(() => {
    const all = logs();
    // The capture works: core's request log and the poller's own log are there.
    expect(all).toContain("Response status code");
    expect(all).toContain("operation poll");
    expect(all).not.toContain(secret);
  });
});

it("a Dataset Resource-Location that echoes the key is redacted in the result", async () => {
  server().script([
    {
      status: 200,
      headers: { "resource-location": `https://h/datasets/d1?k=${KEY}` },
      body: { operationId: DATASET_ID, status: "Succeeded" },
    },
  ]);
  const client = createDatasetOperationsClient(new AzureKeyCredential(KEY), {
    endpoint: server().url,
    agent: tls.agent,
  });
  const result = await waitForOperation(client, DATASET_ID, fast);
  expect(result.resourceLocation).toBe("https://h/datasets/d1?k=REDACTED");
  expect(JSON.stringify(result)).not.toContain(KEY);
});
