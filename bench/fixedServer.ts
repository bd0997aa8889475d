import { join } from "node:path";
import { Worker } from "node:worker_threads";

export interface FixedServer {
  url: string;
  close(): Promise<void>;
}

export async function startFixedServer(): Promise<FixedServer> {
  const worker = new Worker(join(__dirname, "fixedServer.mjs"));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", (m: { port: number }) => resolve(m.port));
    worker.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage("close");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}
