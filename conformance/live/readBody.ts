/**
 * Reads a response stream to the end, keeping what arrived when it breaks: a truncated body is
 * exactly what the validator must see, and the transport's own text reader would drop it.
 */
export interface ReadResult {
  readonly bytes: Buffer;
  /** The stream's error, when it ended early. */
  readonly error?: unknown;
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    }
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
  return { bytes: Buffer.concat(chunks) };
}
