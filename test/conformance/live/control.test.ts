import http from "node:http";
import type { AddressInfo } from "node:net";
import { controlOver, probeControl } from "../../../conformance/live/control.js";

// Regression: an endpoint that answered GET /_emulator but never answered a control POST held
// the conformance run for hours: each call waited for fetch's own 300 s, and there are many.
describe("the control API over an endpoint that stalls", () => {
  let server: http.Server;
  let url: string;
  const stalled: http.ServerResponse[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.method === "GET" && req.url === "/_emulator") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ faultKinds: ["wrongEnum"] }));
      } else if (req.url === "/_emulator/reset") {
        // Headers, then a body that never ends.
        res.writeHead(200, { "content-type": "application/json" });
        res.write("{");
        stalled.push(res);
      } else {
        stalled.push(res); // never answered
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const res of stalled) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test("it is found by the probe", async () => {
    expect(await probeControl(url)).toBeDefined();
  });

  test("a call that gets no answer fails, naming the call and the bound", async () => {
    const control = controlOver(url, 200);
    await expect(control.createOperation({ api: "dataset", steps: [] })).rejects.toThrow(
      "emulator control POST /_emulator/operations: no answer within 200 ms",
    );
  });

  test("a body that never ends is bounded too", async () => {
    await expect(controlOver(url, 200).reset()).rejects.toThrow(
      "emulator control POST /_emulator/reset: no answer within 200 ms",
    );
  });
});
