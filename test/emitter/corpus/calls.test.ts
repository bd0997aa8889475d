import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ensureCorpus, listFiles } from "../helpers/corpus";
import type { Scenario } from "./scenarios/scenario";

// Generated and compiled once (cached by content hash); the scenarios run as compiled JS.
const corpus = ensureCorpus();
const compiled = join(corpus.js, "test/emitter/corpus/scenarios");
const fixtures = listFiles(compiled)
  .filter((f) => f.endsWith(".js") && !f.endsWith("scenario.js"))
  .map((f) => f.slice(compiled.length + 1, -".js".length));

const scenarios = new Map<string, Scenario>(
  fixtures.map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(compiled, `${name}.js`)) as { default: () => Scenario };
    return [name, mod.default()];
  }),
);

let server: Server;
let origin = "";

// One server for every fixture: the first path segment names the fixture.
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", origin);
      const [, fixture = "", ...rest] = url.pathname.split("/");
      const reply = scenarios.get(fixture)?.serve({
        method: req.method ?? "GET",
        path: `/${rest.join("/")}`,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        base: `${origin}/${fixture}`,
      }) ?? {
        status: 404,
        body: { error: { code: "NoRoute", message: `${req.method} ${req.url}` } },
      };
      const raw = reply.body;
      const isRaw = typeof raw === "string" || Buffer.isBuffer(raw);
      res.writeHead(reply.status, {
        ...(raw === undefined || isRaw ? {} : { "content-type": "application/json" }),
        ...Object.fromEntries(
          Object.entries(reply.headers ?? {}).filter(([, v]) => v !== undefined),
        ),
      });
      res.end(raw === undefined ? undefined : isRaw ? raw : JSON.stringify(raw));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe.each(fixtures)("%s: calls against a local server", (fixture) => {
  const calls = Object.entries(scenarios.get(fixture)!.calls);
  it.each(calls)("%s", async (_name, call) => {
    await call(`${origin}/${fixture}`);
  });
});
