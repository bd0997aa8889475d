import type { ApiName } from "../../emulator/apis/api-name.js";
import { KEY_HEADER } from "./helpers/clients.js";
import { send } from "./helpers/http.js";
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
