export { buildReport } from "./build.js";
export type { ReportInput } from "./build.js";
export { renderConsole } from "./console.js";
export { coverageLines, mergeCoverage } from "./coverage.js";
export type { CoverageLine } from "./coverage.js";
export { renderJson } from "./json.js";
export { renderJUnit } from "./junit.js";
export type { JUnitInput } from "./junit.js";
export type * from "./types.js";
