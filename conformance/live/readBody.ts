/**
 * Reads a response stream to the end, keeping what arrived when it breaks: a truncated body is
 * exactly what the validator must see, and the transport's own text reader would drop it.
 */
import { finished } from "node:stream";

export interface ReadResult {
  readonly bytes: Buffer;
  /** The stream's error, when it ended early. */
  readonly error?: unknown;
}

/**
 * `data` events and `finished`, as the transport's own reader does: an async iterator costs a
 * promise per chunk and a generator per response, for the same bytes and the same end-of-stream
 * rules (`finished` is what the iterator waits on too, premature close included).
 */
export function readStream(stream: NodeJS.ReadableStream): Promise<ReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    // One chunk (the usual small body) is used as is, not copied.
    const bytes = (): Buffer => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    try {
      stream.on("data", (chunk: Buffer | string) => {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      });
      finished(stream, (error) => resolve(error ? { bytes: bytes(), error } : { bytes: bytes() }));
    } catch (error) {
      // Not a stream after all: reported like a stream that broke, never thrown at the caller.
      resolve({ bytes: bytes(), error });
    }
  });
}
