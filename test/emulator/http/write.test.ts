import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { toWire, type WireResponse } from "../../../emulator/faults/mutate.js";
import { jsonResponse } from "../../../emulator/http/api-response.js";
import { prepare, writePrepared, writeWire } from "../../../emulator/http/write.js";
import { sendRaw } from "../helpers/http.js";

/** A server answering every request with `write`, and the raw bytes it sends for one GET. */
async function rawAnswer(write: (response: ServerResponse) => void): Promise<string> {
  const server: Server = createServer((_, response) => write(response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const text = await sendRaw(
      port,
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    return text.replace(/\r\nDate: [^\r]*/, "");
  } finally {
    server.close();
  }
}

const wires: [string, WireResponse][] = [
  [
    "a status with Retry-After",
    toWire(
      "dataRegistry",
      jsonResponse(200, { id: "i", status: "Running" }, { "retry-after": "10" }),
    ),
  ],
  [
    "a body beyond ASCII",
    toWire("dataset", jsonResponse(200, { status: "Failed", error: { message: "ça a échoué ✗" } })),
  ],
  ["no body", toWire("dataset", { status: 204, headers: {} })],
];

describe("prepared answers", () => {
  it.each(wires)("send the bytes writeWire sends: %s", async (_, wire) => {
    const prepared = prepare(wire);
    const once = await rawAnswer((response) => writeWire(response, wire));
    expect(await rawAnswer((response) => writePrepared(response, prepared))).toBe(once);
    expect(await rawAnswer((response) => writePrepared(response, prepared))).toBe(once);
    expect(once).toMatch(/^HTTP\/1\.1 \d{3} /);
  });

  it("are frozen, so that no answer can alter the next", () => {
    const prepared = prepare(wires[0]![1]);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(Object.isFrozen(prepared.headers)).toBe(true);
  });

  it("are never made of a truncated answer", () => {
    const wire = toWire("dataset", jsonResponse(200, { status: "Running" }), {
      kind: "truncatedBody",
    });
    expect(() => prepare(wire)).toThrow(/truncated/);
  });

  it("are not written to a response already answered", async () => {
    const prepared = prepare(wires[0]![1]);
    const text = await rawAnswer((response) => {
      writeWire(response, wires[2]![1]);
      writePrepared(response, prepared);
    });
    expect(text).toMatch(/^HTTP\/1\.1 204 /);
  });
});
