import fc from "fast-check";
import { connect } from "node:net";
import { WELL_KNOWN_CREDENTIALS } from "../../emulator/credentials.js";
import { startEmulator } from "../../emulator/server.js";
import { KEY_HEADER } from "./helpers/clients.js";
import { send, sendRaw } from "./helpers/http.js";
import { useEmulator } from "./helpers/start.js";

const lines: string[] = [];
const emulator = useEmulator({ log: (line) => lines.push(line) });
const OP = "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01";
const KEY = WELL_KNOWN_CREDENTIALS.subscriptionKey;

async function stillServes() {
  const answer = await send(`${emulator().url}${OP}`, { headers: KEY_HEADER });
  expect(answer.status).toBe(200);
}

describe("startEmulator", () => {
  it("binds 127.0.0.1 on a free port by default", () => {
    expect(emulator().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator().port).toBeGreaterThan(0);
  });

  it("rejects invalid options before listening", async () => {
    await expect(startEmulator({ port: 70000 })).rejects.toThrow(/port must be an integer/);
  });

  it("close() ends idle keep-alive connections too", async () => {
    const own = await startEmulator();
    const socket = connect(own.port, "127.0.0.1");
    const closed = new Promise((resolve) => socket.on("close", resolve));
    socket.on("error", () => undefined);
    await new Promise((resolve) => socket.on("connect", resolve));
    await own.close();
    await closed;
  });
});

describe("a failure inside the emulator", () => {
  it("answers 500 in the Maps shape, with or without a pending fault, and keeps serving", async () => {
    let broken = false;
    const own = await startEmulator({
      now: () => {
        if (broken) throw new Error("the clock broke");
        return Date.now();
      },
    });
    try {
      broken = true;
      const first = await send(`${own.url}${OP}`, { headers: KEY_HEADER });
      own.addFaults({ kind: "latency", ms: 1 });
      const delayed = await send(`${own.url}${OP}`, { headers: KEY_HEADER });
      for (const answer of [first, delayed]) {
        expect(answer.status).toBe(500);
        expect(JSON.parse(answer.text)).toEqual({
          error: { code: "InternalServerError", message: "The emulator failed to answer." },
        });
        expect(answer.text).not.toContain("clock");
      }
      broken = false;
      expect((await send(`${own.url}${OP}`, { headers: KEY_HEADER })).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe("logging", () => {
  it("logs method, path and status, never a credential", async () => {
    lines.length = 0;
    await send(`${emulator().url}/datasets/operations/x?api-version=2.0&subscription-key=${KEY}`);
    await send(`${emulator().url}${OP}`, { headers: { authorization: `jwt-sas ${KEY}` } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([
      "GET /datasets/operations/x?api-version=2.0&subscription-key=*** 404",
      `GET ${OP} 401`,
    ]);
  });
});

const raw: [string, string | Buffer, RegExp][] = [
  ["an invalid method", "BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", /^HTTP\/1\.1 400 /],
  ["garbage instead of HTTP", "\x00\x01\x02 hello\r\n\r\n", /^HTTP\/1\.1 400 /],
  [
    "a header with no colon",
    "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nbroken header\r\n\r\n",
    /^HTTP\/1\.1 400 /,
  ],
  [
    "huge headers",
    `GET ${OP} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    /^HTTP\/1\.1 431 /,
  ],
  [
    "a huge URL",
    `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    /^HTTP\/1\.1 431 /,
  ],
  [
    "both Content-Length and Transfer-Encoding",
    "POST /_emulator/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    /^HTTP\/1\.1 400 /,
  ],
  [
    "a bad chunk size",
    "POST /_emulator/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    /^HTTP\/1\.1 400 /,
  ],
  [
    "path traversal",
    "GET /datasets/operations/../../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    /^HTTP\/1\.1 404 [\s\S]*ResourceNotFound/,
  ],
  [
    "encoded path traversal",
    "GET /datasets/operations/%2e%2e/%2e%2e/etc/passwd?api-version=2.0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    /^HTTP\/1\.1 404 /,
  ],
  [
    "bad percent-encoding",
    "GET /datasets/operations/%ZZ%?api-version=2.0 HTTP/1.1\r\nHost: 127.0.0.1\r\nsubscription-key: " +
      KEY +
      "\r\nConnection: close\r\n\r\n",
    /^HTTP\/1\.1 400 [\s\S]*InvalidOperationId/,
  ],
  [
    "an absolute-form target for this emulator",
    `GET http://localhost${OP} HTTP/1.1\r\nHost: elsewhere.example\r\nsubscription-key: ${KEY}\r\nConnection: close\r\n\r\n`,
    /^HTTP\/1\.1 200 /,
  ],
  [
    "an asterisk target",
    "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    /^HTTP\/1\.1 404 /,
  ],
  ["a bare HTTP/1.0 request", "GET / HTTP/1.0\r\n\r\n", /^HTTP\/1\.1 404 /],
  ["a half request, then silence", "GET / HTTP/1.1\r\nHost:", /^$/],
  // The client goes away with the body unfinished: the request errors inside node:http, which
  // must not take the emulator down (nothing listens for that error on an API request).
  [
    "a GET whose body is cut off by a dropped connection",
    `GET ${OP} HTTP/1.1\r\nHost: 127.0.0.1\r\nsubscription-key: ${KEY}\r\nContent-Length: 1000\r\n\r\n{"partial`,
    /^HTTP\/1\.1 200 /,
  ],
  [
    "a control POST whose body is cut off by a dropped connection",
    'POST /_emulator/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"api":',
    /^$/,
  ],
  [
    "malformed JSON to the control API",
    "POST /_emulator/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{nope",
    /^HTTP\/1\.1 400 [\s\S]*not valid JSON/,
  ],
  [
    "JSON nested very deep",
    `POST /_emulator/operations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 20000\r\nConnection: close\r\n\r\n${"[".repeat(20_000)}`,
    /^HTTP\/1\.1 400 /,
  ],
];

describe("malformed requests over raw sockets", () => {
  it.each(raw)("survives %s", async (_, bytes, want) => {
    expect(await sendRaw(emulator().port, bytes, 300)).toMatch(want);
    await stillServes();
  });

  it("survives random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        await sendRaw(emulator().port, Buffer.from(bytes), 100);
      }),
      { numRuns: 25 },
    );
    await stillServes();
  });

  it("survives random request targets and headers", async () => {
    const token = fc
      .string({ unit: "binary-ascii", maxLength: 64 })
      .map((s) => s.replace(/[\r\n ]/g, ""));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "DELETE", "PUT"),
        token,
        token,
        async (method, path, header) => {
          await sendRaw(
            emulator().port,
            `${method} /${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ${header}\r\nConnection: close\r\n\r\n`,
            200,
          );
        },
      ),
      { numRuns: 40 },
    );
    await stillServes();
  });
});
