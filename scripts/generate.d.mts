/** Types for scripts/generate.mjs, for TypeScript callers (the benchmark). */
export class GenerateError extends Error {
  readonly code: string;
}
export interface GenerateOptions {
  /** The literate AutoRest configuration. Default: autorest.md. */
  config?: string;
  /** The folder that receives one subfolder per client. Default: generated/. */
  out?: string;
}
export function generate(options?: GenerateOptions): void;
