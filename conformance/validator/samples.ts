/**
 * The spec's own `x-ms-examples` as response samples: the first thing a conformant validator must
 * accept, and the seeds of the mutation self-test.
 */
import { SpecLoadError } from "./errors.js";
import { readSpecFile } from "./spec/files.js";
import type { SpecModel } from "./spec/model.js";
import type { ResponseInput } from "./types.js";

export interface Sample {
  /** Where the sample comes from (file path, plus `#<status>` for x-ms-examples). */
  readonly source: string;
  readonly title: string;
  readonly operationId: string;
  readonly status: number;
  /** As printed: no `Content-Type` (examples and documents leave it out). */
  readonly headers: Readonly<Record<string, string | number>>;
  readonly body: unknown;
}

interface ExampleFile {
  readonly responses?: Record<
    string,
    { headers?: Record<string, string | number>; body?: unknown } | null
  >;
}

/**
 * An `x-ms-examples` file that could not be read as one: missing, misspelt, not JSON, without a
 * `responses` object, or with a response under a key that is no status code.
 */
export interface UnreadableExample {
  readonly operationId: string;
  readonly title: string;
  /** Absolute path the example's `$ref` names. */
  readonly file: string;
  readonly message: string;
}

/**
 * The samples of every readable example file, and the files that could not be read. A spec
 * whose example `$ref` is spelt in another letter case than the file (which only works on a
 * case-insensitive file system) loses that example, not the others.
 */
export function readExampleSamples(model: SpecModel): {
  samples: Sample[];
  unreadable: UnreadableExample[];
} {
  const samples: Sample[] = [];
  const unreadable: UnreadableExample[] = [];
  for (const operation of model.operations.values()) {
    const { operationId } = operation;
    for (const example of operation.examples) {
      const problem = (message: string) =>
        unreadable.push({ operationId, title: example.title, file: example.file, message });
      let file: ExampleFile | null;
      try {
        file = readSpecFile(example.file) as ExampleFile | null;
      } catch (error) {
        problem(`cannot read ${example.file}: ${(error as Error).message}`);
        continue;
      }
      const responses = file !== null && typeof file === "object" ? file.responses : undefined;
      if (responses === null || typeof responses !== "object" || Array.isArray(responses)) {
        problem(`${example.file} has no "responses" object`);
        continue;
      }
      for (const [status, response] of Object.entries(responses)) {
        if (!/^[1-5]\d\d$/.test(status)) {
          problem(`${example.file}: responses key ${JSON.stringify(status)} is not a status code`);
          continue;
        }
        samples.push({
          source: `${example.file}#${status}`,
          title: example.title,
          operationId,
          status: Number(status),
          headers: response?.headers ?? {},
          body: response?.body,
        });
      }
    }
  }
  return { samples, unreadable };
}

/**
 * The samples of the specs' `x-ms-examples`.
 * @throws SpecLoadError (`SPEC_LOAD_ERROR`) naming the first example file that cannot be read;
 *   `readExampleSamples` reports such files and goes on.
 */
export function loadExampleSamples(model: SpecModel): Sample[] {
  const { samples, unreadable } = readExampleSamples(model);
  const first = unreadable[0];
  if (first) {
    const why = `example "${first.title}" of ${first.operationId}: ${first.message}`;
    throw new SpecLoadError(first.file, why);
  }
  return samples;
}

export interface SampleResponseOptions {
  /** Added as `Content-Type`, which samples omit. Default `application/json`. */
  readonly contentType?: string;
  /** Send the body as JSON text (the raw path) instead of the parsed value. Default `false`. */
  readonly raw?: boolean;
}

export function sampleToResponse(
  sample: Sample,
  options: SampleResponseOptions = {},
): ResponseInput {
  const body =
    options.raw && sample.body !== undefined ? JSON.stringify(sample.body, null, 2) : sample.body;
  return {
    operationId: sample.operationId,
    status: sample.status,
    headers: { "Content-Type": options.contentType ?? "application/json", ...sample.headers },
    body,
  };
}
