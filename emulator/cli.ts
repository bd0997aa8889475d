#!/usr/bin/env node
/**
 * `maps-operations-emulator [options]` (also `npm run emulator -- [options]`): maps flags onto
 * EmulatorOptions; the defaults live there. node:util's parseArgs keeps the package free of
 * runtime dependencies.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { InvalidOptionError } from "./errors/invalid-option-error.js";
import type { EmulatorOptions } from "./options.js";
import { startEmulator } from "./server.js";

export const EMULATOR_USAGE = `Usage: maps-operations-emulator [options]

Local emulator of the Azure Maps Dataset and Data Registry Get Operation APIs.

Options:
  -p, --port <port>               port on 127.0.0.1 (0: any free port) (default: 0)
  --https                         serve https, with a certificate made at start-up; prints the file
                                  of the CA to trust (NODE_EXTRA_CA_CERTS)
  --cert <file>                   PEM certificate to serve instead (with --key; implies --https)
  --key <file>                    PEM private key of --cert
  --ca-file <file>                where to write the CA certificate (implies --https)
                                  (default: a temporary file, removed on exit)
  --subscription-key <key...>     accepted subscription keys (default: the well-known key)
  --bearer-token <token...>       accepted bearer tokens, "*" for any (default: the well-known token)
  --sas-token <token...>          accepted jwt-sas tokens (default: the well-known token)
  --client-id <id...>             accepted x-ms-client-id values (default: any)
  --no-seed                       start without the documents' sample operations
  -q, --quiet                     do not log requests
  -h, --help                      display this help
`;

/** The command line, read: EmulatorOptions but for files, which `readCliFiles` reads. */
export interface EmulatorCommandLine extends Omit<EmulatorOptions, "https"> {
  quiet: boolean;
  /** Set by --https, --cert/--key or --ca-file. */
  https?: { certFile?: string; keyFile?: string; caFile?: string };
}

/** A refused command line; `exitCode` 2, or 0 for --help. */
export class EmulatorUsageError extends Error {
  override readonly name = "EmulatorUsageError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const LISTS = ["subscription-key", "bearer-token", "sas-token", "client-id"] as const;

/**
 * parseArgs takes one value per flag; `--subscription-key a b` (a list, as the README shows) is
 * rewritten to `--subscription-key a --subscription-key b` first.
 */
function expandLists(argv: readonly string[]): string[] {
  const out: string[] = [];
  let list: string | undefined;
  let awaitingFirst = false;
  for (const arg of argv) {
    if (arg.startsWith("-") && arg !== "-") {
      const name = arg.replace(/^--?/, "");
      list = (LISTS as readonly string[]).includes(name) ? name : undefined;
      awaitingFirst = list !== undefined;
      out.push(arg);
    } else if (list !== undefined && !awaitingFirst) {
      out.push(`--${list}`, arg);
    } else {
      awaitingFirst = false;
      out.push(arg);
    }
  }
  return out;
}

export function parseCli(
  argv: readonly string[],
  writeErr: (text: string) => void = (text) => process.stderr.write(text),
): EmulatorCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: expandLists(argv),
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string", short: "p" },
        https: { type: "boolean" },
        cert: { type: "string" },
        key: { type: "string" },
        "ca-file": { type: "string" },
        "subscription-key": { type: "string", multiple: true },
        "bearer-token": { type: "string", multiple: true },
        "sas-token": { type: "string", multiple: true },
        "client-id": { type: "string", multiple: true },
        "no-seed": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    const message = `error: ${(error as Error).message.split("\n")[0]}`;
    writeErr(`${message}\n${EMULATOR_USAGE}`);
    throw new EmulatorUsageError(message, 2);
  }
  const flags = parsed.values;
  if (flags.help) {
    writeErr(EMULATOR_USAGE);
    throw new EmulatorUsageError("help", 0);
  }
  const portText = flags.port ?? "0";
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    const message = `error: option '--port <port>' argument ${JSON.stringify(portText)} is invalid: expected an integer from 0 to 65535`;
    writeErr(`${message}\n`);
    throw new EmulatorUsageError(message, 2);
  }
  if ((flags.cert === undefined) !== (flags.key === undefined)) {
    const message = "error: options '--cert <file>' and '--key <file>' go together";
    writeErr(`${message}\n`);
    throw new EmulatorUsageError(message, 2);
  }
  const https =
    flags.https === true || flags.cert !== undefined || flags["ca-file"] !== undefined
      ? { certFile: flags.cert, keyFile: flags.key, caFile: flags["ca-file"] }
      : undefined;
  return {
    port,
    https,
    seed: flags["no-seed"] !== true,
    quiet: flags.quiet === true,
    credentials: {
      subscriptionKeys: flags["subscription-key"],
      bearerTokens: flags["bearer-token"],
      sasTokens: flags["sas-token"],
      clientIds: flags["client-id"],
    },
  };
}

/** The options to start with: --cert and --key read, their file names in any error. */
export function readCliFiles(commandLine: EmulatorCommandLine): EmulatorOptions {
  const { https, quiet: _quiet, ...options } = commandLine;
  if (https === undefined) return options;
  const read = (flag: string, file: string | undefined) => {
    if (file === undefined) return undefined;
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      throw new InvalidOptionError(`--${flag} ${file}: ${(error as Error).message}`);
    }
  };
  return {
    ...options,
    https: {
      cert: read("cert", https.certFile),
      key: read("key", https.keyFile),
      caFile: https.caFile,
    },
  };
}

async function main(): Promise<void> {
  let commandLine: EmulatorCommandLine;
  try {
    commandLine = parseCli(process.argv.slice(2));
  } catch (error) {
    process.exit(error instanceof EmulatorUsageError ? error.exitCode : 2);
  }
  let emulator;
  try {
    emulator = await startEmulator({
      ...readCliFiles(commandLine),
      log: commandLine.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    // A bad certificate, a port in use: one line, not a stack.
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exit(error instanceof InvalidOptionError ? 2 : 1);
  }
  process.stdout.write(`Azure Maps emulator listening on ${emulator.url}\n`);
  if (emulator.caFile !== undefined) {
    process.stdout.write(
      `CA certificate: ${emulator.caFile} (trust it: NODE_EXTRA_CA_CERTS=${emulator.caFile})\n`,
    );
  }
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

// Imported by tests for parseCli; started only when run as a program (source, build or bin link).
if (require.main === module) void main();
