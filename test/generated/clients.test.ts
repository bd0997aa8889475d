import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import createDatasetClient, {
  isUnexpected as datasetUnexpected,
  type DatasetGetOperation200Response,
} from "../../generated/dataset/index.js";
import createDataRegistryClient, {
  isUnexpected as registryUnexpected,
} from "../../generated/dataRegistry/index.js";

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage["headers"];
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

let server: Server;
let endpoint = "";
let seen: Seen = { headers: {} };
let reply: Reply = { status: 200, body: {} };

beforeAll(async () => {
  server = createServer((req, res) => {
    seen = { method: req.method, url: req.url, headers: req.headers };
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

const key = { key: "test-key" };
const options = () => ({ endpoint, allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });

describe("generated Dataset client against a local server", () => {
  it("sends GET, the path, api-version 2.0, the key header and x-ms-client-id", async () => {
    reply = {
      status: 200,
      body: { operationId: "op-1", created: "2021-04-20T22:43:14Z", status: "Succeeded" },
      headers: { "Resource-Location": "https://us.atlas.microsoft.com/datasets/d1?api-version=2.0" },
    };
    const client = createDatasetClient("us", key, options());
    const res = await client
      .path("/datasets/operations/{operationId}", "op-1")
      .get({ headers: { "x-ms-client-id": "client-1" } });

    expect(seen.method).toBe("GET");
    expect(seen.url).toBe("/datasets/operations/op-1?api-version=2.0");
    expect(seen.headers["subscription-key"]).toBe("test-key");
    expect(seen.headers["x-ms-client-id"]).toBe("client-1");
    expect(seen.headers["user-agent"]).toContain("azsdk-js-maps-dataset-rest/1.0.0-beta.1");
    expect(datasetUnexpected(res)).toBe(false);
    // The spec requires ErrorResponse.error, so a 200 body is not an error body and isUnexpected
    // narrows the other branch to the 200 response (not never): no cast needed.
    if (datasetUnexpected(res)) throw new Error(`unexpected ${res.status}`);
    const ok: DatasetGetOperation200Response = res;
    expect(ok.body.status).toBe("Succeeded");
    expect(ok.headers["resource-location"]).toBe(
      "https://us.atlas.microsoft.com/datasets/d1?api-version=2.0",
    );
  });

  it("reports a 404 as unexpected with the typed error body", async () => {
    reply = { status: 404, body: { error: { code: "NotFound", message: "no such operation" } } };
    const client = createDatasetClient("eu", key, options());
    const res = await client.path("/datasets/operations/{operationId}", "missing").get();
    expect(datasetUnexpected(res)).toBe(true);
    if (!datasetUnexpected(res)) throw new Error("expected an error response");
    expect(res.status).toBe("404");
    expect(res.body.error?.code).toBe("NotFound");
  });

  it("lets the caller override api-version", async () => {
    reply = { status: 200, body: { operationId: "o", created: "c", status: "Running" } };
    const client = createDatasetClient("us", key, { ...options(), apiVersion: "2.1" });
    await client.path("/datasets/operations/{operationId}", "o").get();
    expect(seen.url).toBe("/datasets/operations/o?api-version=2.1");
  });
});

describe("generated Data Registry client against a local server", () => {
  it("sends api-version 2023-06-01 and returns the typed body and retry-after", async () => {
    reply = {
      status: 200,
      body: { id: "6a6b1d6f-2a63-4d23-9e3b-1f4b7d9b0c11", status: "Running" },
      headers: { "Retry-After": "10" },
    };
    const client = createDataRegistryClient("us", key, options());
    const res = await client
      .path("/dataRegistries/operations/{operationId}", "6a6b1d6f-2a63-4d23-9e3b-1f4b7d9b0c11")
      .get();

    expect(seen.method).toBe("GET");
    expect(seen.url).toBe(
      "/dataRegistries/operations/6a6b1d6f-2a63-4d23-9e3b-1f4b7d9b0c11?api-version=2023-06-01",
    );
    expect(seen.headers["subscription-key"]).toBe("test-key");
    if (registryUnexpected(res)) throw new Error(`unexpected ${res.status}`);
    expect(res.body).toEqual({ id: "6a6b1d6f-2a63-4d23-9e3b-1f4b7d9b0c11", status: "Running" });
    expect(res.headers["retry-after"]).toBe("10");
  });

  it("types the error body and x-ms-error-code of the default response", async () => {
    reply = {
      status: 400,
      body: { error: { code: "BadRequest", message: "bad id" } },
      headers: { "x-ms-error-code": "BadRequest" },
    };
    const client = createDataRegistryClient("eu", key, options());
    const res = await client.path("/dataRegistries/operations/{operationId}", "x").get();
    if (!registryUnexpected(res)) throw new Error("expected an error response");
    expect(res.body.error.message).toBe("bad id");
    expect(res.headers["x-ms-error-code"]).toBe("BadRequest");
  });
});
