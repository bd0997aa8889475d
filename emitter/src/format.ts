import type { Options } from "prettier";
import type * as Standalone from "prettier/standalone";
import type { GeneratedFile } from "./model/types.js";

// Fixed here (the options @autorest/typescript uses) so output never depends on repo settings.
const OPTIONS: Options = {
  parser: "typescript",
  arrowParens: "always",
  bracketSpacing: true,
  endOfLine: "lf",
  printWidth: 80,
  semi: true,
  singleQuote: false,
  tabWidth: 2,
  trailingComma: "all",
};

let prettier: { format: typeof Standalone.format; options: Options } | undefined;

/**
 * Prettier's standalone build with just the TypeScript parser and the estree printer: the full
 * `prettier` entry imports its ESM bundle and plugin loader on the first format (loading it and
 * formatting one line, alternated five times here: 0.84-1.97 s wall and 0.23-0.36 s CPU, against
 * 0.15-0.96 s and 0.19-0.23 s). Same printer, same options, same output. Loaded on first use, not at
 * start-up: AutoRest runs no pipeline before every extension has started, and Prettier was a third
 * of the emitter's start.
 */
function loadPrettier(): NonNullable<typeof prettier> {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
  prettier ??= {
    format: (require("prettier/standalone") as typeof Standalone).format,
    options: {
      ...OPTIONS,
      plugins: [require("prettier/plugins/estree"), require("prettier/plugins/typescript")],
    },
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return prettier;
}

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  const { format, options } = loadPrettier();
  return { path: file.path, content: await format(file.content, options) };
}

/** Loads Prettier and formats one line, so that the first generated file does not wait for it. */
export async function warmUpFormatter(): Promise<void> {
  await formatFile({ path: "warm-up.ts", content: "export const warm = (up: string) => up;\n" });
}
