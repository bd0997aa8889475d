/**
 * maps-operations-conformance: the contract check of the Azure Maps Get Operation APIs.
 * `runConformance` runs it all and writes the reports; `createValidator` and
 * `createValidationPolicy` put the same checks on any response or any core-client client.
 */
export { runConformance } from "./run.js";
export {
  ConformanceOptionError,
  DEFAULT_REPORT_DIR,
  isHttpUrl,
  type ConformanceOptions,
} from "./options.js";
export { BUNDLED_SPEC_PATHS } from "./packageFiles.js";
export * from "./live/index.js";
export { describeTarget, resolveTarget, LIVE_ENV, LiveTargetError } from "./live/target.js";
export type { ApiKey, LiveAuth, LiveTarget } from "./live/target.js";
export {
  findCredentialLeaks,
  redactDefinition,
  type RecordedExchange,
  type Recording,
} from "./live/recording.js";
export * from "./report/index.js";
export type { CheckResult, CheckStatus } from "./checks/runner.js";
export {
  createValidator,
  isValidatorError,
  SpecLoadError,
  UnknownOperationError,
  ValidatorError,
  VIOLATION_CODES,
  SPEC_WARNING_CODES,
  loadExampleSamples,
  readExampleSamples,
  sampleToResponse,
} from "./validator/index.js";
export type {
  ResponseValidator,
  ValidatorOptions,
  NullsPolicy,
  ResponseInput,
  HeadersInput,
  Violation,
  ViolationCode,
  ViolationLocation,
  ValidationResult,
  CoverageReport,
  OperationInfo,
  Sample,
  UnreadableExample,
  SpecWarning,
  SpecWarningCode,
} from "./validator/index.js";
