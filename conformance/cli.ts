/**
 * `npm run conformance [-- --endpoint URL] [-- --report-dir DIR]`: runs the whole contract
 * check, prints the summary table, writes the reports. Exit 0 when everything conforms, 1 on any
 * failure or violation, 2 on bad arguments.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { isHttpUrl, DEFAULT_REPORT_DIR } from "./options.js";
import { renderConsole } from "./report/console.js";
import { runConformance } from "./run.js";

const USAGE = "npm run conformance -- [--endpoint URL] [--report-dir DIR]";

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("conformance")
    .description(
      "Contract check: spec checks, check:generated, samples, mutation self-test, live calls, timelines, faults, replays, reports.",
    )
    .option(
      "--endpoint <url>",
      "check this server instead of a local emulator or the real service, e.g. https://maps.example.com",
      (value: string) => {
        if (!isHttpUrl(value)) {
          throw new InvalidArgumentError(
            "expected an absolute http(s) URL, e.g. https://maps.example.com",
          );
        }
        return value;
      },
    )
    .option("--report-dir <dir>", "where junit.xml and report.json go", DEFAULT_REPORT_DIR)
    // Checked below, to name the argument (commander only counts them).
    .allowExcessArguments(true)
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`${message.trimEnd()}\nusage: ${USAGE}\n`),
    });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.help" ? 0 : 2;
    }
    throw error;
  }
  if (program.args.length > 0) {
    process.stderr.write(`error: unexpected argument '${program.args[0]}'\nusage: ${USAGE}\n`);
    return 2;
  }
  const options = program.opts<{ endpoint?: string; reportDir: string }>();
  const report = await runConformance({
    endpoint: options.endpoint,
    reportDir: options.reportDir,
    log: (line) => console.log(line),
  });
  process.stdout.write(`\n${renderConsole(report)}`);
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`conformance: ${(error as Error)?.message ?? String(error)}`);
    process.exit(2);
  },
);
