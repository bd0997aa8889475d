// A fixed-response Data Registry endpoint, run in a worker thread so that the server has its own
// event loop (and core) and every client under test meets the same server cost.
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

const body = JSON.stringify({ id: "0522b4fe-0539-4c6c-ba70-e35ec865d8e2", status: "Running" });
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "retry-after": "10",
  });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  parentPort.postMessage({ port: server.address().port });
});
parentPort.on("message", (msg) => {
  if (msg === "close") server.close(() => process.exit(0));
});
