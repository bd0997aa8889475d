// Prettier's standalone build with just the TypeScript parser and the estree printer: the full
// `prettier` entry imports its ESM bundle and plugin loader on the first format (here, loading and
// a first format took about half the wall time and four fifths of the CPU of the full entry's).
// Same printer, same options, same output.
import * as estree from "prettier/plugins/estree";
import * as typescript from "prettier/plugins/typescript";
import type { Options } from "prettier";
import { format } from "prettier/standalone";
import type { GeneratedFile } from "./model/types.js";

// Fixed here (the options @autorest/typescript uses) so output never depends on repo settings.
const OPTIONS: Options = {
  parser: "typescript",
  plugins: [estree, typescript],
  arrowParens: "always",
  bracketSpacing: true,
  endOfLine: "lf",
  printWidth: 80,
  semi: true,
  singleQuote: false,
  tabWidth: 2,
  trailingComma: "all",
};

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  return { path: file.path, content: await format(file.content, OPTIONS) };
}
