// The peer of the emulator in the load benchmark: a bare node:http server in a process of its
// own that answers every request with the same bytes and content type as the emulator (given by
// the parent as JSON in argv[2]). Sends { url } to the parent once listening; closes on "close"
// or when the parent goes away.
import { createServer } from "node:http";

const { body, contentType } = JSON.parse(process.argv[2]);
const bytes = Buffer.from(body, "utf8");
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": contentType, "content-length": bytes.length });
  res.end(bytes);
});
let closing = false;
const close = () => {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on("message", (m) => m === "close" && close());
process.on("disconnect", close);
server.listen(0, "127.0.0.1", () => {
  process.send({ url: `http://127.0.0.1:${server.address().port}` });
});
