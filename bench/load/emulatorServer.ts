/**
 * The emulator in a process of its own, for the load benchmark (run as
 * `node --import tsx bench/load/emulatorServer.ts` by bench/load/servers.ts): one Data Registry
 * operation, already Completed, so that every answer is the same 200. Sends `{ url, path }` to the
 * parent once listening; closes on "close" or when the parent goes away.
 */
import { startEmulator } from "../../emulator/index.js";

const OPERATION_ID = "0522b4fe-0539-4c6c-ba70-e35ec865d8e2";

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, seed: false });
  const op = emulator.createOperation({ api: "dataRegistry", id: OPERATION_ID, steps: [] });
  const { pathname, search } = new URL(op.url);
  let closing = false;
  const close = (): void => {
    if (closing) return;
    closing = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on("message", (m) => m === "close" && close());
  process.on("disconnect", close);
  process.send!({ url: emulator.url, path: `${pathname}${search}` });
}

main().catch((error: unknown) => {
  process.stderr.write(`emulatorServer: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
