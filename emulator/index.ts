export { startEmulator, type RunningEmulator } from "./server.js";
export { runLoad, type LoadOptions, type LoadReport } from "./load.js";
export {
  DEFAULT_LIMITS,
  normaliseOptions,
  InvalidOptionError,
  type CredentialOptions,
  type EmulatorConfig,
  type EmulatorLimits,
  type EmulatorOptions,
  type HttpsOptions,
} from "./options.js";
export {
  ANY_CREDENTIAL,
  WELL_KNOWN_CREDENTIALS,
  WELL_KNOWN_TOKEN_CREDENTIAL,
} from "./credentials.js";
export { FAULT_KINDS, type Fault, type FaultKind } from "./faults/fault.js";
export type {
  ErrorDetailInput,
  FaultRuleInput,
  InnerErrorInput,
  OperationInput,
  OperationView,
} from "./control/types.js";
export type { ErrorAdditionalInfo, ErrorDetail, InnerError } from "./operations/operation.js";
export { SEEDED_OPERATIONS } from "./operations/seed.js";
export { EmulatorError, isEmulatorError } from "./errors/emulator-error.js";
