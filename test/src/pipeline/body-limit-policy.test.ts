/**
 * huge-body / gzip-bomb: core read any body whole into one string, so a body over 512 MiB (or a
 * 600 KB gzip bomb) threw ERR_STRING_TOO_LONG inside core's stream handler and killed the process,
 * and an endless body filled memory until the timeout, whose message then said "no answer".
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { AzureKeyCredential } from "@azure/core-auth";
import { isRestError, type RestError } from "@azure/core-rest-pipeline";
import {
  createDataRegistryOperationsClient,
  getOperationStatus,
  type DataRegistryOperationsClient,
} from "../../../src/index.js";
import { DR_ID, KEY } from "../helpers/credentials.js";

const LIMIT = 4 * 1024 * 1024;
const MiB = 1024 * 1024;

/** A body of `bytes` bytes: a valid status object, padded. */
const statusBody = (bytes: number) => {
  const head = `{"id":"${DR_ID}","status":"Running","pad":"`;
  return Buffer.concat([
    Buffer.from(head),
    Buffer.alloc(bytes - head.length - 2, 0x61),
    Buffer.from('"}'),
  ]);
};

let server: Server;
let url: string;
let handle: (response: ServerResponse) => void;
/** How the server's last response ended: all written, or cut off by the client. */
let ended: Promise<"finished" | "cut off">;
const sockets = new Set<Socket>();

beforeEach(async () => {
  server = createServer((_request, response) => {
    ended = new Promise((resolve) => {
      response.on("finish", () => resolve("finished"));
      response.on("close", () => resolve(response.writableFinished ? "finished" : "cut off"));
    });
    handle(response);
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const client = (): DataRegistryOperationsClient =>
  createDataRegistryOperationsClient(new AzureKeyCredential(KEY), { endpoint: url });
const direct = (options: { abortSignal?: AbortSignal; onDownloadProgress?: () => void } = {}) =>
  Promise.resolve(client().path("/dataRegistries/operations/{operationId}", DR_ID).get(options));

/** Writes `total` bytes of chunked JSON-ish body, as fast as the client reads. */
function pump(response: ServerResponse, total: number, headers: Record<string, string> = {}) {
  response.writeHead(200, { "content-type": "application/json", ...headers });
  const chunk = Buffer.alloc(MiB, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", more);
    }
    response.end();
  };
  more();
}

const tooLarge =
  `Data Registry Get Operation for "${DR_ID}" got a malformed answer from GET` +
  ` URL (HTTP 200): the body is larger than ${LIMIT} bytes (decompressed), too large for a status`;
const message = (error: unknown) =>
  (error as Error).message
    .replace(`${url}/dataRegistries/operations/${DR_ID}?api-version=2023-06-01`, "URL")
    .replace(`${url}/dataRegistries/operations/${DR_ID}`, "URL");

describe("a body over the limit", () => {
  it("a 64 MiB body: MalformedResponse, the connection is dropped, not read to the end", async () => {
    handle = (response) => pump(response, 64 * MiB);
    const error = await getOperationStatus(client(), DR_ID).catch((e: unknown) => e);
    expect(isRestError(error)).toBe(true);
    expect((error as RestError).code).toBe("MalformedResponse");
    expect((error as RestError).statusCode).toBe(200);
    expect(message(error)).toBe(tooLarge);
    expect(await ended).toBe("cut off");
  });

  it("a direct call rejects with the same error, which holds no key", async () => {
    handle = (response) => pump(response, 16 * MiB);
    const error = await direct().catch((e: unknown) => e);
    expect((error as RestError).code).toBe("MalformedResponse");
    expect(message(error)).toBe(tooLarge);
    expect(inspect(error, { depth: 10 })).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it.each([
    ["gzip bomb", 8 * MiB],
    ["one byte over", LIMIT + 1],
  ])("counted after decompression: a %s is refused, the limit itself is read", async (_, size) => {
    const bodies = [gzipSync(statusBody(size), { level: 9 }), gzipSync(statusBody(LIMIT))];
    expect(bodies[0]!.length).toBeLessThan(LIMIT / 100);
    handle = (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(bodies.shift());
    };
    const error = await getOperationStatus(client(), DR_ID).catch((e: unknown) => e);
    expect((error as RestError).code).toBe("MalformedResponse");
    expect(message(error)).toBe(tooLarge);
    await expect(getOperationStatus(client(), DR_ID)).resolves.toMatchObject({ status: "Running" });
  });
});

describe("a body that does not finish", () => {
  const headersOnly = (response: ServerResponse) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write(`{"id":"${DR_ID}",`);
  };

  it("the timeout says the answer was incomplete, not that there was none", async () => {
    handle = headersOnly;
    const error = await getOperationStatus(client(), DR_ID, { requestTimeoutInMs: 1000 }).catch(
      (e: unknown) => e,
    );
    expect((error as RestError).code).toBe("RequestTimeout");
    expect(message(error)).toBe(
      `Data Registry Get Operation for "${DR_ID}" got an incomplete answer (HTTP 200) from GET` +
        ` URL: its body did not finish within 1000 ms`,
    );
    expect(await ended).toBe("cut off");
  });

  it("a direct call aborted mid-body rejects with AbortError and drops the connection", async () => {
    const controller = new AbortController();
    handle = headersOnly;
    // Called per body chunk: the status line has arrived, the body has started.
    const onDownloadProgress = () => controller.abort();
    const error = await direct({ abortSignal: controller.signal, onDownloadProgress }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe("AbortError");
    expect((error as Error).message).toBe(
      "The operation was aborted while the answer's body was read.",
    );
    expect(await ended).toBe("cut off");
  });
});
