import * as oav from "oav";
import type { SpecCheck, SpecFinding } from "./finding.js";
import { oavPathToPointer } from "./pointer.js";

interface OavError {
  code?: string;
  message?: string;
  exampleUrl?: string;
  exampleJsonPath?: string;
  schemaUrl?: string;
  schemaJsonPath?: string;
}

/**
 * oav prints its verdicts with console.log whatever its log level; silence the console for the
 * call so our reporters own the output.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  console.log = console.error = console.warn = console.info = () => undefined;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

export const oavExamplesCheck: SpecCheck = {
  name: "oav-examples",
  describes: "Azure's `oav validate-example`: every x-ms-examples file against its operation",
  async run(file) {
    const errors = (await quietly(() =>
      oav.validateExamples(file, undefined, { consoleLogLevel: "off", pretty: false }),
    )) as OavError[] | undefined;
    return (errors ?? []).map((e): SpecFinding => ({
      check: "oav-examples",
      file: e.exampleUrl ?? file,
      pointer: e.exampleUrl ? oavPathToPointer(e.exampleJsonPath) : (e.schemaJsonPath ?? ""),
      code: e.code ?? "INTERNAL_ERROR",
      message: e.message ?? "oav reported an error without a message",
    }));
  },
};
