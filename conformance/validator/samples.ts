/**
 * The spec's own `x-ms-examples` as response samples: the first thing a conformant validator must
 * accept, and the seeds of the mutation self-test.
 */
import { readJsonFile } from "./spec/files.js";
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
    { headers?: Record<string, string | number>; body?: unknown }
  >;
}

export function loadExampleSamples(model: SpecModel): Sample[] {
  const samples: Sample[] = [];
  for (const operation of model.operations.values()) {
    for (const example of operation.examples) {
      const file = readJsonFile(example.file) as ExampleFile;
      for (const [status, response] of Object.entries(file.responses ?? {})) {
        samples.push({
          source: `${example.file}#${status}`,
          title: example.title,
          operationId: operation.operationId,
          status: Number(status),
          headers: response.headers ?? {},
          body: response.body,
        });
      }
    }
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
