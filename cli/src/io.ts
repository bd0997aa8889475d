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
  /** Fires on Ctrl-C or SIGTERM; `wait` and `conformance` stop and exit 130. */
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

/**
 * The real process. A reader that goes away (`maps-operations wait --json | head -1`) makes the
 * next write fail with EPIPE: output to that stream stops, quietly, and the command goes on to
 * its documented exit code instead of crashing with exit 1.
 */
export function processIo(interrupt: AbortSignal): CliIo {
  return {
    out: writerFor(process.stdout),
    err: writerFor(process.stderr),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    interrupt,
    now: Date.now,
  };
}

function writerFor(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      // A synchronous EPIPE (a pipe whose reader is gone, on some platforms).
      if ((error as NodeJS.ErrnoException).code === "EPIPE") closed = true;
      else throw error;
    }
  };
}
