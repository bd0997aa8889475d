export { createValidator } from "./validator.js";
export type { OperationInfo, ResponseValidator } from "./validator.js";
export type { ValidatorOptions, NormalizedOptions, NullsPolicy } from "./options.js";
export { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_HEADER_BYTES } from "./options.js";
export type {
  HeadersInput,
  ResponseInput,
  ValidationResult,
  Violation,
  ViolationLocation,
} from "./types.js";
export { VIOLATION_CODES } from "./codes.js";
export type { ViolationCode } from "./codes.js";
export { SPEC_WARNING_CODES } from "./spec/warnings.js";
export type { SpecWarning, SpecWarningCode } from "./spec/warnings.js";
export { DEFAULT_HEADER_RULES } from "./headers/rules.js";
export type { HeaderPresenceRule } from "./headers/rules.js";
export type {
  CoverageReport,
  EnumCoverage,
  OperationCoverage,
  ResponseCoverage,
} from "./coverageRecorder/recorder.js";
export {
  SpecLoadError,
  UnknownOperationError,
  ValidatorError,
  isValidatorError,
} from "./errors.js";
export { loadSpecs } from "./spec/load.js";
export type * from "./spec/model.js";
export { target, variantFor } from "./spec/model.js";
export { loadExampleSamples, readExampleSamples, sampleToResponse } from "./samples.js";
export type { Sample, UnreadableExample } from "./samples.js";
