import { startEmulator } from "maps-operations-emulator";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";

export interface EmulatorCliOptions {
  readonly port: number;
  readonly quiet: boolean;
}

/**
 * `emulator`: the local emulator of both APIs, with its defaults (well-known credentials, seeded
 * operations). Runs until Ctrl-C or SIGTERM (`stop`), then closes and exits 0.
 */
export async function emulatorCommand(
  options: EmulatorCliOptions,
  io: CliIo,
  stop: AbortSignal,
): Promise<number> {
  const emulator = await startEmulator({
    port: options.port,
    ...(options.quiet ? {} : { log: (line: string) => io.err(`${line}\n`) }),
  });
  io.out(`Azure Maps emulator listening on ${emulator.url}\n`);
  io.out("Credentials: the well-known development ones (emulator/README.md); Ctrl-C stops it.\n");
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener("abort", () => resolve(), { once: true });
  });
  await emulator.close();
  return EXIT.ok;
}
