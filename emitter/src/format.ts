import { format } from "prettier";
import type { GeneratedFile } from "./model/types.js";

// Fixed here (the options @autorest/typescript uses) so output never depends on repo settings.
const OPTIONS = {
  parser: "typescript",
  arrowParens: "always",
  bracketSpacing: true,
  endOfLine: "lf",
  printWidth: 80,
  semi: true,
  singleQuote: false,
  tabWidth: 2,
  trailingComma: "all",
} as const;

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  return { path: file.path, content: await format(file.content, OPTIONS) };
}
