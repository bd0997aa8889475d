import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BrokenCopy {
  specFile: string;
  exampleFile(name: string): string;
  dispose(): void;
}

/**
 * Copies a spec and its examples into a temporary data-plane layout (oav only treats a spec as
 * data-plane under a /data-plane/ segment), then lets a test break the spec or one example.
 */
export function brokenCopy(
  specFile: string,
  breakSpec: (spec: Json) => void = () => undefined,
  breakExample?: { name: string; edit: (example: Json) => void },
): BrokenCopy {
  const root = mkdtempSync(join(tmpdir(), "spec-check-"));
  const dir = join(root, "data-plane", "Broken", "stable", "1.0");
  cpSync(dirname(specFile), dir, { recursive: true });
  const target = join(dir, basename(specFile));
  const spec = JSON.parse(readFileSync(specFile, "utf8")) as Json;
  breakSpec(spec);
  writeFileSync(target, JSON.stringify(spec, null, 2));
  const exampleFile = (name: string): string => join(dir, "examples", name);
  if (breakExample) {
    const file = exampleFile(breakExample.name);
    const example = JSON.parse(readFileSync(file, "utf8")) as Json;
    breakExample.edit(example);
    writeFileSync(file, JSON.stringify(example, null, 2));
  }
  return {
    specFile: target,
    exampleFile,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
