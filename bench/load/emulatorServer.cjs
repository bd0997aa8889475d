// The emulator in a process of its own, for the load benchmark: the built package (emulator/dist,
// what its bin and an install run), not its TypeScript sources through tsx, whose loader costs
// about a twentieth of the requests/s. One Data Registry operation, already Completed, so that
// every answer is the same 200. Sends { url, path } to the parent once listening; closes on
// "close" or when the parent goes away.
const { startEmulator } = require("../../emulator/dist/index.js");

const OPERATION_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

async function main() {
  const emulator = await startEmulator({ port: 0, seed: false });
  const op = emulator.createOperation({ api: "dataRegistry", id: OPERATION_ID, steps: [] });
  const { pathname, search } = new URL(op.url);
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on("message", (m) => m === "close" && close());
  process.on("disconnect", close);
  process.send({ url: emulator.url, path: `${pathname}${search}` });
}

main().catch((error) => {
  process.stderr.write(`emulatorServer: ${error?.stack ?? String(error)}\n`);
  process.exit(1);
});
