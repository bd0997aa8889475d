import { AzureLogger } from "@azure/logger";
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import {
  API_CHOICES,
  DEFAULT_INTERVAL,
  DEFAULT_MIN_INTERVAL,
  DEFAULT_TIMEOUT,
  parseCallOptions,
  parsePort,
  parseWaitOptions,
  type CallOptions,
  type RawWaitFlags,
} from "./args.js";
import { createCliClient } from "./client.js";
import { statusCommand } from "./commands/status.js";
import { waitCommand } from "./commands/wait.js";
import {
  AUTH_KINDS,
  credentialFromEnv,
  CREDENTIAL_ENV,
  type ChosenCredential,
} from "./credentials.js";
import { errorEvent } from "./errors-to-events.js";
import { EXIT, exitCodeOf } from "./exit-codes.js";
import { ENVIRONMENT_HELP, EXIT_CODES_HELP } from "./help.js";
import { withSecretFilter, type CliIo } from "./io.js";
import { jsonLine } from "./render/json.js";
import { errorLine } from "./render/line.js";
import { terminalSafeLines } from "./render/terminal-safe.js";
import { isUsageError, UsageError } from "./usage-error.js";

/** The command's name, as installed by the package's `bin`. */
export const PROGRAM = "maps-operations";

interface ConformanceFlags {
  endpoint?: string;
  reportDir?: string;
  spec?: string[];
  recording?: string[];
  nulls?: "declared" | "oav";
}

/** What commander's parse picked; run after parsing so every error goes through one place. */
type Invocation =
  | { command: "status"; operationId: string; flags: RawWaitFlags }
  | { command: "wait"; operationId: string; flags: RawWaitFlags }
  | {
      command: "conformance";
      flags: ConformanceFlags;
    }
  | {
      command: "emulator";
      flags: {
        port?: string;
        quiet?: boolean;
        https?: boolean;
        cert?: string;
        key?: string;
        caFile?: string;
      };
    };

/**
 * Parses and checks a command line as `runCli` does, without running it (no credential read, no
 * request): resolves with the command's name, throws `UsageError` for what `runCli` would refuse
 * with exit 2. The documentation tests check every command line the READMEs show with it.
 */
export async function checkCommandLine(
  argv: readonly string[],
): Promise<Invocation["command"] | "help"> {
  let invocation: Invocation | undefined;
  let output = "";
  const quiet: CliIo = {
    out: (text) => void (output += text),
    err: (text) => void (output += text),
    env: {},
    isTTY: false,
    interrupt: new AbortController().signal,
    now: Date.now,
  };
  try {
    await buildProgram(quiet, (picked) => (invocation = picked)).parseAsync([...argv], {
      from: "user",
    });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode !== 0) {
      throw new UsageError(output.trim() || error.message);
    }
    if (error instanceof CommanderError) return "help";
    throw error;
  }
  if (invocation === undefined) throw new UsageError("no command");
  switch (invocation.command) {
    case "status":
      parseCallOptions(invocation.operationId, invocation.flags);
      break;
    case "wait":
      parseWaitOptions(invocation.operationId, invocation.flags);
      break;
    case "conformance":
      checkHttpUrl(invocation.flags.endpoint);
      checkReportDir(invocation.flags.reportDir);
      break;
    case "emulator":
      parsePort(invocation.flags.port);
      break;
  }
  return invocation.command;
}

/** Runs the CLI on `argv` (without node and script) and resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let invocation: Invocation | undefined;
  const program = buildProgram(io, (picked) => (invocation = picked));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  if (invocation === undefined) return EXIT.usage;
  let json = false;
  try {
    switch (invocation.command) {
      case "status":
      case "wait": {
        json = invocation.flags.json === true;
        const options =
          invocation.command === "wait"
            ? parseWaitOptions(invocation.operationId, invocation.flags)
            : parseCallOptions(invocation.operationId, invocation.flags);
        const chosen = credentialFromEnv(io.env, options.auth);
        const safeIo = withSecretFilter(io, chosen.secrets);
        redirectAzureLogs(safeIo);
        noticeIgnored(safeIo, chosen);
        const client = createCliClient(options, chosen.credential);
        return invocation.command === "wait"
          ? await waitCommand(options as ReturnType<typeof parseWaitOptions>, client, safeIo)
          : await statusCommand(options as CallOptions, client, safeIo);
      }
      case "conformance": {
        const options = {
          endpoint: checkHttpUrl(invocation.flags.endpoint),
          reportDir: checkReportDir(invocation.flags.reportDir),
          specs: invocation.flags.spec,
          recordings: invocation.flags.recording,
          nulls: invocation.flags.nulls,
        };
        // Loaded when used: the contract check and the emulator take longer to load than the
        // rest of the CLI, and status and wait need neither.
        const { conformanceCommand } = await import("./commands/conformance.js");
        return await conformanceCommand(options, io);
      }
      case "emulator": {
        const { emulatorCommand } = await import("./commands/emulator.js");
        return await emulatorCommand(
          {
            port: parsePort(invocation.flags.port),
            quiet: invocation.flags.quiet === true,
            https: invocation.flags.https === true,
            ...(invocation.flags.cert === undefined ? {} : { certFile: invocation.flags.cert }),
            ...(invocation.flags.key === undefined ? {} : { keyFile: invocation.flags.key }),
            ...(invocation.flags.caFile === undefined ? {} : { caFile: invocation.flags.caFile }),
          },
          io,
          io.interrupt,
        );
      }
    }
  } catch (error) {
    const event = errorEvent(error);
    // Usage errors stay text on stderr even with --json: they are about the command line.
    if (json && !isUsageError(error)) io.out(jsonLine(event));
    else io.err(errorLine(event) + (isUsageError(error) ? usageHint(invocation.command) : ""));
    return exitCodeOf(error);
  }
}

function buildProgram(io: CliIo, pick: (invocation: Invocation) => void): Command {
  const program = new Command(PROGRAM)
    .description(
      "Check and wait for Azure Maps Dataset and Data Registry long-running operations;" +
        " run the contract suite or the local emulator.",
    )
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // commander quotes the argument it refuses; `--key=<value>` may be a credential.
      outputError: (text, write) => write(withoutOptionValues(text)),
    })
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .exitOverride()
    .showHelpAfterError(`(run "${PROGRAM} <command> --help" for usage)`)
    .addHelpText("after", `${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}\n`);

  const callOptions = (command: Command): Command =>
    command
      .argument("<operationId>", "the operation id (Data Registry: a GUID)")
      .addOption(
        new Option("--api <api>", `which API: ${Object.keys(API_CHOICES).join(" or ")} (required)`),
      )
      .addOption(new Option("--geography <geography>", "us or eu (default us)"))
      .addOption(
        new Option(
          "--endpoint <url>",
          "another host, e.g. https://us.atlas.azure.us or http://127.0.0.1:4010 (default: from --geography)",
        ),
      )
      .addOption(
        new Option(
          "--auth <kind>",
          `use this credential: ${AUTH_KINDS.join(", ")} (default: by precedence, see below)`,
        ),
      )
      .option("--json", "machine-readable output (JSON; NDJSON for wait)")
      .addHelpText("after", `${ENVIRONMENT_HELP}\n${EXIT_CODES_HELP}\n`);

  callOptions(
    program
      .command("status")
      .description(
        "Get an operation's status once: prints the status and, on success, the Resource-Location" +
          " and dataset id, or the error. Exit 0 when Succeeded/Completed or still in progress, 1 when Failed.",
      ),
  ).action((operationId: string, flags: RawWaitFlags) =>
    pick({ command: "status", operationId, flags }),
  );

  callOptions(
    program
      .command("wait")
      .description(
        "Wait until the operation finishes. On a terminal: a live progress line; otherwise one line" +
          " per status change; with --json one JSON object per event.",
      ),
  )
    .option(
      "--timeout <duration>",
      `give up after this long, e.g. 90s, 10m, 1h (default ${DEFAULT_TIMEOUT})`,
    )
    .option(
      "--interval <duration>",
      `delay between polls when the server sends no Retry-After, e.g. 500ms, 5s (default ${DEFAULT_INTERVAL})`,
    )
    .option(
      "--min-interval <duration>",
      `floor of every delay, --interval and Retry-After included (default ${DEFAULT_MIN_INTERVAL})`,
    )
    .action((operationId: string, flags: RawWaitFlags) =>
      pick({ command: "wait", operationId, flags }),
    );

  program
    .command("conformance")
    .description(
      "Run the contract check: samples, validator self-test, live calls, emulator timelines and" +
        " faults, recordings; writes junit.xml and report.json. Exit 0 when everything conforms," +
        " 1 on any failure.",
    )
    .option("--endpoint <url>", "check this server instead of a local emulator or the real service")
    .option(
      "--report-dir <dir>",
      "where junit.xml and report.json go (default reports/conformance)",
    )
    .option(
      "--spec <file...>",
      "check against these Swagger 2.0 files instead of the bundled Azure Maps specs",
    )
    .option("--recording <file...>", "also check these recordings (nock definitions), offline")
    // The conformance package's NULLS_POLICIES, written out: that package loads only when the
    // command runs, and commander needs the choices to parse.
    .addOption(
      new Option(
        "--nulls <policy>",
        "where null is accepted: declared (only where x-nullable: true, the default) or oav" +
          " (also optional properties, array items and map values, as oav reads them)",
      ).choices(["declared", "oav"]),
    )
    .action((flags: ConformanceFlags) => pick({ command: "conformance", flags }));

  program
    .command("emulator")
    .description("Run the local emulator of both APIs until Ctrl-C (127.0.0.1 only).")
    .option("--port <port>", "TCP port on 127.0.0.1 (default 0: any free port)")
    .option("--quiet", "do not log requests")
    .option("--https", "serve https with a development certificate made at start-up")
    .option("--cert <file>", "serve https with this certificate (PEM; with --key)")
    .option("--key <file>", "the private key of --cert (PEM)")
    .option(
      "--ca-file <file>",
      "write the CA certificate here, for NODE_EXTRA_CA_CERTS (implies --https)",
    )
    .action(
      (flags: {
        port?: string;
        quiet?: boolean;
        https?: boolean;
        cert?: string;
        key?: string;
        caFile?: string;
      }) => pick({ command: "emulator", flags }),
    );

  return program;
}

/** This package's version, from its package.json (one folder up from src/ and from dist/). */
function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * @azure/logger (AZURE_LOG_LEVEL) writes to stderr; send it through the secret filter too. Its
 * lines carry server text (statuses, header values), hence `terminalSafeLines`.
 */
function redirectAzureLogs(io: CliIo): void {
  AzureLogger.log = (...args: unknown[]) => io.err(`${terminalSafeLines(format(...args))}\n`);
}

function noticeIgnored(io: CliIo, chosen: ChosenCredential): void {
  if (chosen.ignored.length === 0) return;
  io.err(
    `note: using ${CREDENTIAL_ENV[chosen.credential.kind]}; ignoring ${chosen.ignored.join(", ")}\n`,
  );
}

/** The refusal names the flag and the accepted form, never the value (it may hold a key). */
function checkHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = URL.parse(value);
  if (
    parsed === null ||
    !/^https?:$/.test(parsed.protocol) ||
    parsed.hostname === "" ||
    parsed.username !== "" ||
    parsed.password !== ""
  ) {
    throw new UsageError(
      "--endpoint must be an absolute http(s) URL with no user info, e.g. https://maps.example.com",
    );
  }
  if (parsed.hostname.startsWith("[")) {
    // The client cannot reach an IPv6 literal (maps-operations-rest refuses it too).
    throw new UsageError(
      "--endpoint must name its host or an IPv4 address, not an IPv6 literal; for a local server use http://127.0.0.1:<port>",
    );
  }
  return value;
}

/** `unknown option '--subscription-key=abc'` → `unknown option '--subscription-key=…'`. */
export function withoutOptionValues(text: string): string {
  return text.replace(/'(--?[^'=\s]+)=[^']*'/g, "'$1=…'");
}

function checkReportDir(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "") {
    throw new UsageError(`--report-dir must be a directory path; got ""`);
  }
  return value;
}

function usageHint(command: Invocation["command"]): string {
  return `(run "${PROGRAM} ${command} --help" for usage)\n`;
}
