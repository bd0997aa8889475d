/**
 * The conformance suite's programmatic entry: `runConformance` (what `npm run conformance`
 * runs), the validation policy for live clients, the validator and the reporters.
 */
export { runConformance } from "./run.js";
export { ConformanceOptionError, DEFAULT_REPORT_DIR, type ConformanceOptions } from "./options.js";
export * from "./live/index.js";
export { describeTarget, resolveTarget, LIVE_ENV, LiveTargetError } from "./live/target.js";
export type { LiveAuth, LiveTarget } from "./live/target.js";
export {
  findCredentialLeaks,
  redactDefinition,
  replay,
  startRecording,
  type Recording,
} from "./live/recording.js";
export * from "./report/index.js";
export { createValidator } from "./validator/index.js";
export type { ResponseValidator, Violation, ValidationResult } from "./validator/index.js";
