import type { ApiName } from "../../emulator/apis/api-name.js";
import { KEY_HEADER } from "./helpers/clients.js";
import { send, sendRaw } from "./helpers/http.js";
import { useEmulator } from "./helpers/start.js";
import { specViolations } from "./helpers/spec-validator.js";

const emulator = useEmulator();
const DS_ID = "8b1288fa-1958-4a2b-b68e-13a7i5af7d7c";
const DR_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

type Case = [string, { api: ApiName; method?: string; path: string; want: number; code: string }];
const cases: Case[] = [
  [
    "dataset: missing api-version",
    { api: "dataset", path: `/datasets/operations/${DS_ID}`, want: 400, code: "InvalidApiVersion" },
  ],
  [
    "dataset: empty api-version",
    {
      api: "dataset",
      path: `/datasets/operations/${DS_ID}?api-version=`,
      want: 400,
      code: "InvalidApiVersion",
    },
  ],
  [
    "dataset: unsupported api-version",
    {
      api: "dataset",
      path: `/datasets/operations/${DS_ID}?api-version=2023-06-01`,
      want: 400,
      code: "InvalidApiVersion",
    },
  ],
  [
    "dataRegistry: missing api-version",
    {
      api: "dataRegistry",
      path: `/dataRegistries/operations/${DR_ID}`,
      want: 400,
      code: "InvalidApiVersion",
    },
  ],
  [
    "dataRegistry: unsupported api-version",
    {
      api: "dataRegistry",
      path: `/dataRegistries/operations/${DR_ID}?api-version=2.0`,
      want: 400,
      code: "InvalidApiVersion",
    },
  ],
  [
    "dataRegistry: operationId breaks the GUID pattern",
    {
      api: "dataRegistry",
      path: "/dataRegistries/operations/not-a-guid?api-version=2023-06-01",
      want: 400,
      code: "InvalidOperationId",
    },
  ],
  [
    "dataRegistry: the Dataset sample id is not a GUID",
    {
      api: "dataRegistry",
      path: `/dataRegistries/operations/${DS_ID}?api-version=2023-06-01`,
      want: 400,
      code: "InvalidOperationId",
    },
  ],
  [
    "dataRegistry: bad percent-encoding in operationId",
    {
      api: "dataRegistry",
      path: "/dataRegistries/operations/%E0%A4%A?api-version=2023-06-01",
      want: 400,
      code: "InvalidOperationId",
    },
  ],
  [
    "dataset: unknown operation",
    {
      api: "dataset",
      path: "/datasets/operations/unknown-op?api-version=2.0",
      want: 404,
      code: "OperationNotFound",
    },
  ],
  [
    "dataset: a Data Registry operation id is not a dataset operation",
    {
      api: "dataset",
      path: `/datasets/operations/${DR_ID}?api-version=2.0`,
      want: 404,
      code: "OperationNotFound",
    },
  ],
  [
    "dataRegistry: unknown operation",
    {
      api: "dataRegistry",
      path: "/dataRegistries/operations/00000000-0000-0000-0000-000000000000?api-version=2023-06-01",
      want: 404,
      code: "OperationNotFound",
    },
  ],
  [
    "dataset: missing operationId",
    {
      api: "dataset",
      path: "/datasets/operations/?api-version=2.0",
      want: 404,
      code: "ResourceNotFound",
    },
  ],
  [
    "dataset: extra path segment",
    {
      api: "dataset",
      path: `/datasets/operations/${DS_ID}/x?api-version=2.0`,
      want: 404,
      code: "ResourceNotFound",
    },
  ],
  [
    "dataset: the dataset resource itself is not emulated",
    {
      api: "dataset",
      path: "/datasets/3e36b996?api-version=2.0",
      want: 404,
      code: "ResourceNotFound",
    },
  ],
  [
    "dataRegistry: other path under the API",
    {
      api: "dataRegistry",
      path: "/dataRegistries?api-version=2023-06-01",
      want: 404,
      code: "ResourceNotFound",
    },
  ],
  [
    "any other path answers in the Maps error shape",
    { api: "dataRegistry", path: "/", want: 404, code: "ResourceNotFound" },
  ],
  [
    "path traversal is normalised away, never served",
    {
      api: "dataRegistry",
      path: "/datasets/operations/../../../etc/passwd",
      want: 404,
      code: "ResourceNotFound",
    },
  ],
  [
    "dataset: POST",
    {
      api: "dataset",
      method: "POST",
      path: `/datasets/operations/${DS_ID}?api-version=2.0`,
      want: 405,
      code: "MethodNotAllowed",
    },
  ],
  [
    "dataRegistry: DELETE",
    {
      api: "dataRegistry",
      method: "DELETE",
      path: `/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`,
      want: 405,
      code: "MethodNotAllowed",
    },
  ],
  [
    "dataRegistry: PROPFIND",
    {
      api: "dataRegistry",
      method: "PROPFIND",
      path: `/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`,
      want: 405,
      code: "MethodNotAllowed",
    },
  ],
];

describe("request checks", () => {
  it.each(cases)("%s", async (_, { api, method, path, want, code }) => {
    const answer = await send(`${emulator().url}${path}`, { method, headers: KEY_HEADER });
    expect(answer.status).toBe(want);
    expect(JSON.parse(answer.text)).toEqual({ error: { code, message: expect.any(String) } });
    expect(specViolations(api, answer)).toEqual([]);
    expect(answer.headers["x-ms-error-code"]).toBe(api === "dataRegistry" ? code : undefined);
    expect(answer.headers.allow).toBe(want === 405 ? "GET" : undefined);
  });

  it("checks the credential before the api-version", async () => {
    const answer = await send(`${emulator().url}/datasets/operations/${DS_ID}`);
    expect(answer.status).toBe(401);
  });

  it("does not count a refused request as a poll", async () => {
    await send(`${emulator().url}/datasets/operations/${DS_ID}`, { headers: KEY_HEADER });
    const answer = await send(`${emulator().url}/datasets/operations/${DS_ID}?api-version=2.0`, {
      headers: KEY_HEADER,
    });
    expect(JSON.parse(answer.text).status).toBe("NotStarted");
  });
});

describe("repeated polls", () => {
  const poll = (path: string) => send(`${emulator().url}${path}`, { headers: KEY_HEADER });
  const seen = (answer: Awaited<ReturnType<typeof poll>>) => {
    const { date: _date, ...headers } = answer.headers;
    return { status: answer.status, headers, text: answer.text };
  };

  it("every poll of a status gets the same answer, and a fault alters only its own poll", async () => {
    const { id } = emulator().createOperation({
      api: "dataset",
      id: "repeat-me",
      resourceId: "made-by-repeat-me",
      steps: [
        { status: "NotStarted", polls: 2 },
        { status: "Running", polls: 4 },
      ],
    });
    const path = `/datasets/operations/${id}?api-version=2.0`;
    const answers = [seen(await poll(path)), seen(await poll(path))];
    emulator().addOperationFaults(id, { kind: "wrongEnum" });
    answers.push(seen(await poll(path)));
    emulator().addFaults({ kind: "missingProperty", property: "created" });
    for (let i = 0; i < 5; i += 1) answers.push(seen(await poll(path)));
    expect(answers.map((a) => JSON.parse(a.text).status)).toEqual([
      "NotStarted",
      "NotStarted",
      "running",
      "Running",
      "Running",
      "Running",
      "Succeeded",
      "Succeeded",
    ]);
    const [notStarted, again, wrongEnum, missing, running, runningAgain, done, doneAgain] =
      answers.map((a) => ({ ...a, body: JSON.parse(a.text) as Record<string, unknown> }));
    expect(again).toEqual(notStarted);
    expect(runningAgain).toEqual(running);
    expect(doneAgain).toEqual(done);
    expect(running?.body).toEqual({ ...notStarted?.body, status: "Running" });
    expect(wrongEnum?.body).toEqual({ ...notStarted?.body, status: "running" });
    expect(missing?.body).toEqual({ operationId: id, status: "Running" });
    expect(done?.headers["resource-location"]).toBe(
      `${emulator().url}/datasets/made-by-repeat-me?api-version=2.0`,
    );
    expect(running?.headers["resource-location"]).toBeUndefined();
    for (const answer of answers) {
      expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(answer.text)));
    }
  });

  it("a reset starts the seeded operations over, answers included", async () => {
    const path = `/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`;
    const first = [seen(await poll(path)), seen(await poll(path)), seen(await poll(path))];
    emulator().reset();
    const again = [seen(await poll(path)), seen(await poll(path)), seen(await poll(path))];
    expect(again).toEqual(first);
    expect(first.map((a) => a.headers["retry-after"])).toEqual(["10", "10", undefined]);
  });

  it("a target new URL would rewrite reaches the same operation", async () => {
    emulator().createOperation({ api: "dataset", id: "a.b", steps: [] });
    const plain = seen(await poll("/datasets/operations/a.b?api-version=2.0"));
    expect(seen(await poll("/datasets/operations/a%2Eb?api-version=2.0"))).toEqual(plain);
    expect(seen(await poll("/datasets/operations/./a.b?api-version=2.0&x=a+b"))).toEqual(plain);
    expect(seen(await poll("/datasets/operations/x/../a.b?api-version=%32.0"))).toEqual(plain);
  });
});

describe("a GET with a body", () => {
  const target = `/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`;
  const head = (extra: string) =>
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nsubscription-key: ${KEY_HEADER["subscription-key"]}\r\n${extra}`;

  it.each([
    ["Content-Length", `Content-Length: 200000\r\n\r\n${"x".repeat(200_000)}`],
    ["chunked", `Transfer-Encoding: chunked\r\n\r\n30d40\r\n${"x".repeat(200_000)}\r\n0\r\n\r\n`],
  ])("(%s) is answered, its body drained, and the connection serves the next", async (_, rest) => {
    const last = `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nsubscription-key: ${KEY_HEADER["subscription-key"]}\r\nConnection: close\r\n\r\n`;
    const text = await sendRaw(emulator().port, head(rest) + last);
    expect(text.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(text.match(/\{"id":"[^"]+","status":"Running"\}/g)).toHaveLength(2);
  });
});
