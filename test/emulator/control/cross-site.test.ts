import { send, type SendOptions } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";

const emulator = useEmulator();
const JSON_TYPE = { "content-type": "application/json" };
const FAULT = JSON.stringify({ kind: "serverError" });

const control = (path: string, options: SendOptions = {}) =>
  send(`${emulator().url}/_emulator${path}`, options);
const postFault = (headers: Record<string, string>, body = FAULT) =>
  control("/faults", { method: "POST", headers, body });
const error = (text: string) =>
  (JSON.parse(text) as { error: { code: string; message: string } }).error;

describe("cross-site requests to the control API", () => {
  it("POST /_emulator/faults from a foreign Origin as text/plain is refused (was 201)", async () => {
    const answer = await postFault({ origin: "http://evil.example", "content-type": "text/plain" });
    expect(answer.status).toBe(403);
    expect(error(answer.text)).toEqual({
      code: "CrossSiteRequestRefused",
      message: expect.stringContaining('Origin is "http://evil.example"'),
    });
    expect(emulator().faults()).toEqual([]);
  });

  it("POST /_emulator/reset with Host: rebind.evil.example is refused (was 204)", async () => {
    const { id } = emulator().createOperation({ api: "dataset" });
    const answer = await control("/reset", {
      method: "POST",
      headers: { host: "rebind.evil.example" },
    });
    expect(answer.status).toBe(421);
    expect(error(answer.text).code).toBe("MisdirectedRequest");
    expect(
      emulator()
        .operations()
        .map((o) => o.id),
    ).toContain(id);
  });

  it.each([
    ["another site", "http://evil.example"],
    ["an opaque origin", "null"],
    ["another local server", "http://localhost:1"],
    ["another scheme", () => `https://127.0.0.1:${emulator().port}`],
    ["a look-alike name", () => `http://127.0.0.1.evil.example:${emulator().port}`],
  ])("refuses Origin from %s", async (_, origin) => {
    const value = typeof origin === "function" ? origin() : origin;
    expect((await postFault({ ...JSON_TYPE, origin: value })).status).toBe(403);
    expect((await control("/operations", { headers: { origin: value } })).status).toBe(403);
  });

  it.each(["127.0.0.1", "localhost", "[::1]"])(
    "accepts Origin http://%s:<port>, the emulator's own",
    async (host) => {
      const origin = `http://${host}:${emulator().port}`;
      expect((await postFault({ ...JSON_TYPE, origin })).status).toBe(201);
    },
  );

  it.each(["cross-site", "same-site"])("refuses Sec-Fetch-Site: %s", async (site) => {
    const answer = await control("/operations", { headers: { "sec-fetch-site": site } });
    expect(answer.status).toBe(403);
    expect(error(answer.text).message).toContain(`Sec-Fetch-Site is "${site}"`);
  });

  it.each(["same-origin", "none"])("accepts Sec-Fetch-Site: %s", async (site) => {
    expect((await control("", { headers: { "sec-fetch-site": site } })).status).toBe(200);
  });
});

describe("Content-Type of control writes", () => {
  it.each([
    ["text/plain", { "content-type": "text/plain" }],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }],
    ["multipart", { "content-type": "multipart/form-data; boundary=x" }],
    ["none", {}],
  ])("a body sent as %s is refused with 415", async (_, headers) => {
    const answer = await postFault(headers);
    expect(answer.status).toBe(415);
    expect(error(answer.text)).toEqual({
      code: "UnsupportedMediaType",
      message: expect.stringContaining("Content-Type: application/json"),
    });
    expect(emulator().faults()).toEqual([]);
  });

  it.each(["application/json; charset=utf-8", "Application/JSON"])("accepts %s", async (type) => {
    expect((await postFault({ "content-type": type })).status).toBe(201);
  });

  it("refuses before reading: a large text/plain body is 415, not 413", async () => {
    const answer = await postFault({ "content-type": "text/plain" }, "x".repeat(200_000));
    expect(answer.status).toBe(415);
  });

  it("a write without a body needs no Content-Type", async () => {
    expect((await control("/reset", { method: "POST" })).status).toBe(204);
    expect((await control("/faults", { method: "DELETE" })).status).toBe(204);
  });
});
