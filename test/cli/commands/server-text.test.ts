/**
 * Regression (hostile-server round): `status`, `wait` and error lines printed the server's status,
 * error code and message raw, so a server could erase the line and print a forged `Completed`,
 * retitle the terminal, or start a CI log command (`::error::`, `##vso[`). A real server on
 * 127.0.0.1 answers with such strings; the human output shows them escaped, `--json` unchanged.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { jsonLine } from "../../../cli/src/render/json.js";
import { ndjson, runCliInProcess } from "../helpers/run.js";

/** Erase line + CR + forged green status, OSC title and link, LF + CI commands, C1 CSI, bidi. */
const ATTACK =
  "\u001b[2K\r\u001b[32mCompleted\u001b[0m\u001b]0;owned\u0007" +
  "\u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007" +
  "\n::error::forged\r\n##vso[task.complete result=Succeeded]\u009b2K\u202eevil\u2066x\u2069\t\u007f";
/** The same, as the human output must show it. */
const ESCAPED =
  "\\u001b[2K\\u000d\\u001b[32mCompleted\\u001b[0m\\u001b]0;owned\\u0007" +
  "\\u001b]8;;http://evil.example/\\u0007click\\u001b]8;;\\u0007" +
  "\\u000a::error::forged\\u000d\\u000a##vso\\u005btask.complete result=Succeeded]\\u009b2K\\u202eevil\\u2066x\\u2069\\u0009\\u007f";

const STATUS = `Running${ATTACK}`;
const CODE = `Bad${ATTACK}`;
const MESSAGE = `Données invalides 数据 ${ATTACK}`;

/** Raw terminal controls and bidi characters; LF only as the end of a line. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectSafe(text: string): void {
  expect(text).not.toMatch(RAW);
  expect(text).not.toContain("##vso[");
  for (const line of text.split("\n")) expect(line).not.toMatch(/^\s*::/);
}

type Answer = { status: number; body: unknown };
let server: Server;
let endpoint: string;
/** Each operation's answers, in order; the last one repeats. */
const scripts = new Map<string, Answer[]>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const id = decodeURIComponent(
      new URL(request.url ?? "/", "http://h").pathname.split("/").pop() ?? "",
    );
    const answers = scripts.get(id) ?? [{ status: 404, body: { error: { code: "NotFound" } } }];
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    const body = JSON.stringify(answer.body);
    response.writeHead(answer.status, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const dr = () => ["--api", "data-registry", "--endpoint", endpoint];
const ds = () => ["--api", "dataset", "--endpoint", endpoint];
const running = (id: string) => ({ status: 200, body: { id, status: STATUS } });
const failed = (id: string) => ({
  status: 200,
  body: { id, status: "Failed", error: { code: CODE, message: MESSAGE } },
});

describe("status", () => {
  it("a hostile status: escaped on the line, as sent in --json", async () => {
    const id = randomUUID();
    scripts.set(id, [running(id)]);
    const line = await runCliInProcess(["status", id, ...dr()]);
    expect(line.code).toBe(0);
    expectSafe(line.stdout);
    expect(line.stdout).toBe(`Data Registry operation ${id}: Running${ESCAPED}\n`);

    const json = await runCliInProcess(["status", id, ...dr(), "--json"]);
    expect(json.stdout).toBe(
      jsonLine({
        event: "status",
        api: "dataRegistry",
        operationId: id,
        status: STATUS,
        terminal: false,
        exitCode: 0,
      }),
    );
  });

  it("a hostile error code and message of a Failed operation", async () => {
    const id = randomUUID();
    scripts.set(id, [failed(id)]);
    const line = await runCliInProcess(["status", id, ...dr()]);
    expect(line.code).toBe(1);
    expectSafe(line.stdout);
    expect(line.stdout).toBe(
      `Data Registry operation ${id}: Failed: Bad${ESCAPED}: Données invalides 数据 ${ESCAPED}\n`,
    );

    const json = await runCliInProcess(["status", id, ...dr(), "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: CODE, message: MESSAGE } });
  });

  it("an HTTP error whose body carries hostile text: the error line", async () => {
    const id = randomUUID();
    scripts.set(id, [{ status: 400, body: { error: { code: CODE, message: MESSAGE } } }]);
    const line = await runCliInProcess(["status", id, ...ds()]);
    expect(line).toMatchObject({ code: 4, stdout: "" });
    expectSafe(line.stderr);
    expect(line.stderr).toMatch(/^error: Dataset Get Operation .*: HTTP 400 Bad/);
    expect(line.stderr).toContain(`Données invalides 数据 ${ESCAPED}\n`);
    expect(line.stderr.split("\n")).toHaveLength(2); // one line, then the final newline

    const json = await runCliInProcess(["status", id, ...ds(), "--json"]);
    const event = JSON.parse(json.stdout) as { code: string; message: string };
    expect(event).toMatchObject({ event: "error", code: CODE, httpStatus: 400, exitCode: 4 });
    expect(event.message).toContain(MESSAGE);
  });
});

describe("wait", () => {
  const fast = ["--interval", "10ms", "--min-interval", "10ms"];
  const script = (id: string): Answer[] => [
    running(id),
    // A failed poll, retried: its line quotes the server's error.
    { status: 503, body: { error: { code: CODE, message: MESSAGE } } },
    failed(id),
  ];

  it("hostile status, failed poll and error: escaped lines, every line the CLI's own; --json as sent", async () => {
    const id = randomUUID();
    scripts.set(id, script(id));
    const run = await runCliInProcess(["wait", id, ...dr(), ...fast]);
    expect(run.code).toBe(1);
    expectSafe(run.stdout + run.stderr);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(new RegExp(`^ +\\S+  Running${escapeRegExp(ESCAPED)} \\(poll 1\\)$`));
    expect(lines[2]).toMatch(/^ +\S+ {2}poll 2 failed \(HTTP 503 Bad\\u001b\[2K.*: Données/);
    expect(lines[2]).toContain(`Données invalides 数据 ${ESCAPED}`);
    expect(lines[3]).toMatch(/^ +\S+ {2}Failed \(poll 3\)$/);
    expect(lines[4]).toMatch(/^Failed after \S+: Bad\\u001b\[2K/);
    expect(lines[4]).toContain(`: Données invalides 数据 ${ESCAPED}`);

    // --json: every event holds the server's strings as sent.
    scripts.set(id, script(id));
    const json = await runCliInProcess(["wait", id, ...dr(), ...fast, "--json"]);
    expect(json.code).toBe(1);
    const events = ndjson(json.stdout);
    expect(json.stdout).toBe(events.map((event) => jsonLine(event)).join(""));
    expect(events.map((event) => event.event)).toEqual(["progress", "retry", "progress", "failed"]);
    expect(events[0]).toMatchObject({ status: STATUS });
    expect(events[1]).toMatchObject({ code: CODE, httpStatus: 503 });
    expect(events[1]!.message).toEqual(expect.stringContaining(MESSAGE));
    expect(events[3]).toMatchObject({ status: "Failed", error: { code: CODE, message: MESSAGE } });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
