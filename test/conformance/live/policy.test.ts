/**
 * The validation policy on a real server (127.0.0.1, port 0) through core-client: what it
 * records, what it redacts, and that the caller's request is never changed by it.
 */
import { getClient } from "@azure-rest/core-client";
import { isRestError } from "@azure/core-rest-pipeline";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMemorySink, createValidationPolicy } from "../../../conformance/live/index.js";
import { createValidator } from "../../../conformance/validator/index.js";

const validator = createValidator();
const SECRET = "s3cret-subscription-key";
const RUNNING = JSON.stringify({ id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", status: "Running" });

/** path → how to answer */
const answers: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/dataRegistries/operations/ok": (res) => {
    res.writeHead(200, { "content-type": "application/json", "retry-after": "0" });
    res.end(RUNNING);
  },
  "/dataRegistries/operations/numeric-id": (res) => {
    res.writeHead(200, { "content-type": "application/json", "retry-after": "0" });
    res.end(JSON.stringify({ id: 1, status: "Running" }));
  },
  "/dataRegistries/operations/truncated": (res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": RUNNING.length });
    res.write(RUNNING.slice(0, 10));
    setTimeout(() => res.socket?.destroy(), 20);
  },
  "/dataRegistries/operations/slow": (res) => {
    // Headers and the start of a body, then nothing: the caller gives up.
    res.writeHead(200, { "content-type": "application/json" });
    res.write(RUNNING.slice(0, 10));
  },
  "/somewhere/else": (res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("hello");
  },
};

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = answers[new URL(req.url ?? "/", "http://x").pathname];
    if (answer) answer(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(policyOptions: Parameters<typeof createValidationPolicy>[1]) {
  return getClient(url, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [
      { policy: createValidationPolicy(validator, policyOptions), position: "perRetry" },
    ],
  });
}
const query = { "api-version": "2023-06-01", "subscription-key": SECRET };

describe("createValidationPolicy", () => {
  test("a conforming answer: one validated record, no violation, body unchanged", async () => {
    const sink = createMemorySink();
    const response = await client({ sink })
      .pathUnchecked("/dataRegistries/operations/ok")
      .get({ queryParameters: query });
    expect(response.body).toEqual(JSON.parse(RUNNING));
    expect(sink.exchanges).toEqual([
      {
        method: "GET",
        url: `${url}/dataRegistries/operations/ok?api-version=2023-06-01&subscription-key=REDACTED`,
        operation: "DataRegistry_GetOperation",
        status: 200,
        outcome: "validated",
        violations: [],
      },
    ]);
  });

  test("a violation carries the request, with the key redacted from the URL", async () => {
    const seen: unknown[] = [];
    const sink = createMemorySink();
    await client({ sink, onViolation: (v) => seen.push(v) })
      .pathUnchecked("/dataRegistries/operations/numeric-id")
      .get({ queryParameters: query, headers: { authorization: `Bearer ${SECRET}` } });
    expect(seen).toEqual([
      expect.objectContaining({
        code: "INVALID_TYPE",
        location: "body",
        pointer: "/id",
        method: "GET",
        url: expect.stringContaining("subscription-key=REDACTED"),
      }),
    ]);
    expect(JSON.stringify(sink.exchanges)).not.toContain(SECRET);
  });

  test("secrets given to the policy are cut out of URLs and messages", async () => {
    const sink = createMemorySink();
    await client({ sink, secrets: () => ["numeric-id"] })
      .pathUnchecked("/dataRegistries/operations/numeric-id")
      .get({ queryParameters: { "api-version": "2023-06-01" } });
    expect(sink.exchanges[0]?.url).toBe(
      `${url}/dataRegistries/operations/REDACTED?api-version=2023-06-01`,
    );
  });

  test("a truncated body: the caller gets the transport's PARSE_ERROR, the record the validator's violation", async () => {
    const sink = createMemorySink();
    const error: unknown = await client({ sink })
      .pathUnchecked("/dataRegistries/operations/truncated")
      .get({ queryParameters: query })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isRestError(error) && error.code).toBe("PARSE_ERROR");
    expect(sink.violations().map((v) => [v.code, v.location, v.pointer])).toEqual([
      ["JSON_PARSING_ERROR", "body", ""],
    ]);
  });

  // Regression: the caller's abort mid-body was recorded as the server's JSON_PARSING_ERROR.
  test("a caller that aborts mid-body gets an AbortError, and nothing is held against the server", async () => {
    const sink = createMemorySink();
    const controller = new AbortController();
    const pending = client({ sink })
      .pathUnchecked("/dataRegistries/operations/slow")
      .get({ queryParameters: query, abortSignal: controller.signal })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    setTimeout(() => controller.abort(), 100);
    const error = (await pending) as { name?: string } | undefined;
    expect(error?.name).toBe("AbortError");
    expect(sink.violations()).toEqual([]);
  });

  test("a throwing sink or callback never reaches the caller", async () => {
    const response = await client({
      sink: {
        record: () => {
          throw new Error("sink down");
        },
      },
      onViolation: () => {
        throw new Error("callback down");
      },
      secrets: () => {
        throw new Error("vault down");
      },
    })
      .pathUnchecked("/dataRegistries/operations/numeric-id")
      .get({ queryParameters: query });
    expect(response.status).toBe("200");
    expect(response.body).toEqual({ id: 1, status: "Running" });
  });

  test("a request no spec operation serves is recorded as unmatched and left alone", async () => {
    const sink = createMemorySink();
    const response = await client({ sink }).pathUnchecked("/somewhere/else").get();
    expect(response.body).toBe("hello");
    expect(sink.exchanges.map((e) => [e.outcome, e.operation, e.violations.length])).toEqual([
      ["unmatched", undefined, 0],
    ]);
  });

  test("a caller that asks for a stream keeps it: recorded as streamed, not validated", async () => {
    const sink = createMemorySink();
    const response = await client({ sink })
      .pathUnchecked("/dataRegistries/operations/ok")
      .get({ queryParameters: query })
      .asNodeStream();
    const chunks: Buffer[] = [];
    for await (const chunk of response.body!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(RUNNING);
    expect(sink.exchanges.map((e) => e.outcome)).toEqual(["streamed"]);
  });
});
