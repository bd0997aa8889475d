import { redactSecrets } from "maps-operations-rest";

/** Everything a command touches outside itself, so that commands run in-process in tests. */
export interface CliIo {
  /** Standard output; every write goes through the secret filter. */
  out(text: string): void;
  /** Standard error; same filter. */
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal: live progress line instead of one line per change. */
  readonly isTTY: boolean;
  /** Terminal width, for the live line; undefined when not a terminal. */
  readonly columns?: number;
  /** Fires on Ctrl-C; `wait` stops and exits 130. */
  readonly interrupt: AbortSignal;
  now(): number;
}

/**
 * Last line of defence: the client layer never puts a credential in a message, and this filter
 * removes any configured one that a server echoed back anyway.
 */
export function withSecretFilter(io: CliIo, secrets: readonly string[]): CliIo {
  if (secrets.length === 0) return io;
  return {
    ...io,
    out: (text) => io.out(redactSecrets(text, secrets)),
    err: (text) => io.err(redactSecrets(text, secrets)),
  };
}

export function processIo(interrupt: AbortSignal): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    interrupt,
    now: Date.now,
  };
}
