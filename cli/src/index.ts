/**
 * maps-operations-cli as a library: the `maps-operations` command, runnable in-process (the bin
 * is `runCli(process.argv.slice(2), processIo(signal))`).
 */
export { runCli, PROGRAM } from "./main.js";
export { processIo, type CliIo } from "./io.js";
export { EXIT, type ExitCode } from "./exit-codes.js";
