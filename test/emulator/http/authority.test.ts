import { WELL_KNOWN_CREDENTIALS } from "../../../emulator/credentials.js";
import { KEY_HEADER } from "../helpers/clients.js";
import { send, sendRaw } from "../helpers/http.js";
import { useEmulator } from "../helpers/start.js";

const emulator = useEmulator();
const DATASET = "/datasets/operations/8b1288fa-1958-4a2b-b68e-13a7i5af7d7c?api-version=2.0";
const REGISTRY =
  "/dataRegistries/operations/0522b4fe-0539-4c6c-ba70-e35ec865d8e2?api-version=2023-06-01";
const KEY = WELL_KNOWN_CREDENTIALS.subscriptionKey;

const raw = (target: string, host = "127.0.0.1") =>
  sendRaw(
    emulator().port,
    `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nsubscription-key: ${KEY}\r\nConnection: close\r\n\r\n`,
  );

describe("requests in absolute form", () => {
  it("a request in absolute form for another host is refused, not answered", async () => {
    const answer = await raw(`http://other.host${DATASET}`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).toContain('"code":"MisdirectedRequest"');
    expect(answer).toContain("http://other.host");
  });

  it.each([
    ["another scheme", `https://127.0.0.1${DATASET}`],
    ["a name that resolves elsewhere", `http://127.0.0.1.nip.io${DATASET}`],
    ["a loopback address as userinfo", `http://127.0.0.1@other.host${DATASET}`],
  ])("refuses %s", async (_, target) => {
    expect(await raw(target)).toMatch(/^HTTP\/1\.1 421 /);
  });

  it("answers one for this emulator, whatever Host says (RFC 9112 §3.2.2)", async () => {
    expect(await raw(`http://localhost:1${REGISTRY}`, "elsewhere.example")).toMatch(
      /^HTTP\/1\.1 200 /,
    );
  });
});

describe("the Host header", () => {
  const poll = (path: string, host: string) =>
    send(`${emulator().url}${path}`, { headers: { ...KEY_HEADER, host } });

  it.each([
    ["127.0.0.1 on another port (a tunnel)", "127.0.0.1:1"],
    ["localhost", "localhost"],
    ["LOCALHOST, any case", "LOCALHOST:80"],
    ["[::1]", "[::1]:4010"],
  ])("serves %s", async (_, host) => {
    expect((await poll(DATASET, host)).status).toBe(200);
  });

  it("an API request whose Host is not the emulator's is refused, in that API's error shape", async () => {
    const dataset = await poll(DATASET, "rebind.evil.example:4010");
    expect(dataset.status).toBe(421);
    expect(JSON.parse(dataset.text)).toEqual({
      error: {
        code: "MisdirectedRequest",
        message: expect.stringContaining('the Host header names "rebind.evil.example"'),
      },
    });
    expect(dataset.headers["x-ms-error-code"]).toBeUndefined();
    const registry = await poll(REGISTRY, "rebind.evil.example");
    expect(registry.status).toBe(421);
    expect(registry.headers["x-ms-error-code"]).toBe("MisdirectedRequest");
  });

  it.each([
    ["a public name", "evil.example"],
    ["a name under localhost's", "localhost.evil.example"],
    ["a name resolving to loopback", "127.0.0.1.nip.io"],
    ["the any address", "0.0.0.0"],
  ])("refuses %s", async (_, host) => {
    expect((await poll(DATASET, host)).status).toBe(421);
  });

  it("refuses a Host that is not host[:port] with 400", async () => {
    const answer = await poll(REGISTRY, "127.0.0.1@evil.example");
    expect([answer.status, JSON.parse(answer.text).error.code]).toEqual([400, "InvalidHost"]);
  });

  it("judges the same Host field the same way on every request", async () => {
    const statuses = async (host: string) => [
      (await poll(DATASET, host)).status,
      (await poll(REGISTRY, host)).status,
      (await poll(DATASET, host)).status,
    ];
    expect(await statuses("LOCALHOST:80")).toEqual([200, 200, 200]);
    expect(await statuses("evil.example")).toEqual([421, 421, 421]);
    expect(await statuses("127.0.0.1:99999")).toEqual([400, 400, 400]);
    // Past the handful of fields remembered, a field is still checked in full.
    for (let port = 1; port <= 40; port += 1) {
      expect((await poll(REGISTRY, `127.0.0.1:${port}`)).status).toBe(200);
    }
    expect(await statuses("localhost.evil.example:1")).toEqual([421, 421, 421]);
  });

  it("a misdirected request does not spend a pending fault", async () => {
    emulator().addFaults({ kind: "serverError" });
    expect((await poll(DATASET, "evil.example")).status).toBe(421);
    expect(emulator().faults()).toHaveLength(1);
  });
});
