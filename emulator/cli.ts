import { Command, InvalidArgumentError } from "commander";
import type { EmulatorOptions } from "./options.js";
import { startEmulator } from "./server.js";

/** `npm run emulator -- [options]`: maps flags onto EmulatorOptions; the defaults live there. */
export function parseCli(
  argv: readonly string[],
  writeErr: (text: string) => void = (text) => process.stderr.write(text),
): EmulatorOptions & { quiet: boolean } {
  const program = new Command()
    .name("emulator")
    .description("Local emulator of the Azure Maps Dataset and Data Registry Get Operation APIs.")
    .option("-p, --port <port>", "port on 127.0.0.1 (0: any free port)", toPort, 0)
    .option(
      "--subscription-key <key...>",
      "accepted subscription keys (default: the well-known key)",
    )
    .option(
      "--bearer-token <token...>",
      'accepted bearer tokens, "*" for any (default: the well-known token)',
    )
    .option("--sas-token <token...>", "accepted jwt-sas tokens (default: the well-known token)")
    .option("--client-id <id...>", "accepted x-ms-client-id values (default: any)")
    .option("--no-seed", "start without the documents' sample operations")
    .option("-q, --quiet", "do not log requests", false)
    .configureOutput({ writeErr })
    .exitOverride()
    .parse([...argv], { from: "user" });
  const flags = program.opts<{
    port: number;
    subscriptionKey?: string[];
    bearerToken?: string[];
    sasToken?: string[];
    clientId?: string[];
    seed: boolean;
    quiet: boolean;
  }>();
  return {
    port: flags.port,
    seed: flags.seed,
    quiet: flags.quiet,
    credentials: {
      subscriptionKeys: flags.subscriptionKey,
      bearerTokens: flags.bearerToken,
      sasTokens: flags.sasToken,
      clientIds: flags.clientId,
    },
  };
}

function toPort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError("expected an integer from 0 to 65535.");
  }
  return port;
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    const exitCode = (error as { exitCode?: number }).exitCode;
    process.exit(typeof exitCode === "number" ? exitCode : 2);
  }
  const emulator = await startEmulator({
    ...options,
    log: options.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Azure Maps emulator listening on ${emulator.url}\n`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

// Imported by tests for parseCli; started only when run as a program.
if (process.argv[1] !== undefined && /cli\.[cm]?[jt]s$/.test(process.argv[1])) {
  void main();
}
