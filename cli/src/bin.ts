#!/usr/bin/env node
import { processIo } from "./io.js";
import { runCli } from "./main.js";

// The first Ctrl-C (or SIGTERM) stops the command cleanly; a second one ends the process.
const interrupt = new AbortController();
const stop = (): void => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

runCli(process.argv.slice(2), processIo(interrupt.signal)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `maps-operations: internal error: ${(error as Error)?.message ?? String(error)}\n`,
    );
    process.exitCode = 4;
  },
);
