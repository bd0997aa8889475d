import { readFileSync } from "node:fs";
import {
  startEmulator,
  WELL_KNOWN_CREDENTIALS,
  type EmulatorOptions,
} from "maps-operations-emulator";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

export interface EmulatorCliOptions {
  readonly port: number;
  readonly quiet: boolean;
  /** Serve https: with a development certificate made at start-up, or `cert`/`key` files. */
  readonly https: boolean;
  readonly certFile?: string;
  readonly keyFile?: string;
  /** Where the CA certificate is written (default: a temporary file removed at exit). */
  readonly caFile?: string;
}

/**
 * `emulator`: the local emulator of both APIs, with its defaults (well-known credentials, seeded
 * operations). Runs until Ctrl-C or SIGTERM (`stop`), then closes and exits 0. With `--https`, it
 * prints the CA file to trust (`NODE_EXTRA_CA_CERTS`), which Entra ID tokens need: core refuses
 * to send a bearer token over plain http.
 */
export async function emulatorCommand(
  options: EmulatorCliOptions,
  io: CliIo,
  stop: AbortSignal,
): Promise<number> {
  const https = options.https || options.certFile !== undefined || options.caFile !== undefined;
  if ((options.certFile === undefined) !== (options.keyFile === undefined)) {
    throw new UsageError("--cert and --key must be given together (PEM files)");
  }
  const emulatorOptions: EmulatorOptions = {
    port: options.port,
    ...(https
      ? {
          https: {
            cert: readPem("--cert", options.certFile),
            key: readPem("--key", options.keyFile),
            caFile: options.caFile,
          },
        }
      : {}),
    ...(options.quiet ? {} : { log: (line: string) => io.err(`${line}\n`) }),
  };
  const emulator = await startEmulator(emulatorOptions);
  io.out(`Azure Maps emulator listening on ${emulator.url}\n`);
  if (emulator.caFile !== undefined) {
    io.out(
      `CA certificate: ${emulator.caFile} (trust it: NODE_EXTRA_CA_CERTS=${emulator.caFile})\n`,
    );
    io.out(
      `Entra ID: Authorization: Bearer ${WELL_KNOWN_CREDENTIALS.bearerToken} with x-ms-client-id ${WELL_KNOWN_CREDENTIALS.clientId}\n`,
    );
  }
  io.out(
    "Credentials: the well-known development ones (see the emulator's README); Ctrl-C stops it.\n",
  );
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener("abort", () => resolve(), { once: true });
  });
  await emulator.close();
  return EXIT.ok;
}

function readPem(flag: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${flag} must be a readable PEM file; ${(error as NodeJS.ErrnoException).code ?? "cannot read"} ${file}`,
    );
  }
}
