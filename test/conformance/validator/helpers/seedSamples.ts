/**
 * Samples printed in the source documents (the seeds): under each "Sample response" heading, the
 * response headers as `Name: value` lines, then the JSON body. The operation is found by matching
 * the sample request URL against the paths the loaded specs declare, so the French document needs
 * no special case. The documents print samples only for `200 OK`, so the status is 200.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Sample, SpecModel } from "../../../../conformance/validator/index.js";

export const SEEDS_DIR = process.env.SEEDS_DIR ?? "/work/shared/seeds";
export const SEED_FILES = ["000_bcceb3d64d391f61.txt", "004_8a7d42d010adba6b.txt"].map((f) =>
  path.join(SEEDS_DIR, f),
);

const HEADER_LINE = /^([A-Za-z0-9-]+):\s*(.*)$/;

export function parseSeedSamples(file: string, model: SpecModel): Sample[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const samples: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^sample response$/i.test(lines[i]!.trim())) continue;
    const requestAt = findBack(lines, i, (l) => /^GET https?:\/\//.test(l));
    const headingAt = findBack(lines, requestAt, (l) => /^sample request$/i.test(l));
    const titleAt = findBack(lines, headingAt, (l) => l !== "");
    let j = i + 1;
    const headers: Record<string, string> = {};
    for (; j < lines.length && !lines[j]!.trim().startsWith("{"); j++) {
      const match = HEADER_LINE.exec(lines[j]!.trim());
      if (match) headers[match[1]!] = match[2]!;
    }
    const start = j;
    let depth = 0;
    for (; j < lines.length; j++) {
      for (const c of lines[j]!) depth += c === "{" ? 1 : c === "}" ? -1 : 0;
      if (depth === 0) break;
    }
    samples.push({
      source: `${file}:${start + 1}`,
      title: lines[titleAt]?.trim() ?? "",
      operationId: operationFor(lines[requestAt]?.trim(), model),
      status: 200,
      headers,
      body: JSON.parse(lines.slice(start, j + 1).join("\n")),
    });
    i = j;
  }
  return samples;
}

/** Index of the nearest line above `from` that passes `test`, or -1. */
function findBack(lines: string[], from: number, test: (line: string) => boolean): number {
  for (let k = from - 1; k >= 0; k--) if (test(lines[k]!.trim())) return k;
  return -1;
}

function operationFor(request: string | undefined, model: SpecModel): string {
  const url = new URL(request?.replace(/^GET\s+/, "") ?? "about:blank");
  for (const operation of model.operations.values()) {
    const pattern = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(url.pathname)) return operation.operationId;
  }
  throw new Error(`no loaded operation serves ${request}`);
}
