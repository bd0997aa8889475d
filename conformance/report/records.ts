/**
 * The hand-over between the suite (jest, another process) and the orchestrator: each suite file
 * writes one JSON file into `<reportDir>/records/`; the orchestrator reads them all.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SuiteRecordFile } from "./types.js";

export const RECORDS_DIR = "records";

export function writeSuiteRecords(reportDir: string, records: SuiteRecordFile): string {
  const dir = path.join(reportDir, RECORDS_DIR);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${records.file.replace(/[^A-Za-z0-9.-]/g, "_")}.json`);
  writeFileSync(file, JSON.stringify(records));
  return file;
}

export function readSuiteRecords(reportDir: string): SuiteRecordFile[] {
  const dir = path.join(reportDir, RECORDS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(path.join(dir, n), "utf8")) as SuiteRecordFile);
}
