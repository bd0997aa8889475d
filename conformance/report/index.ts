export { buildReport } from "./build.js";
export type { ReportInput, TestCounts } from "./build.js";
export { renderConsole } from "./console.js";
export { coverageLines, mergeCoverage } from "./coverage.js";
export type { CoverageLine } from "./coverage.js";
export { renderJson } from "./json.js";
export { readSuiteRecords, writeSuiteRecords, RECORDS_DIR } from "./records.js";
export type * from "./types.js";
