export { createValidationPolicy, VALIDATION_POLICY_NAME } from "./policy.js";
export type { ValidationPolicyOptions } from "./policy.js";
export { createMemorySink } from "./records.js";
export type { LiveExchange, LiveSink, LiveViolation, MemorySink } from "./records.js";
export { createOperationMatcher } from "./routes.js";
export type { OperationMatcher } from "./routes.js";
export { redactText, redactUrl, REDACTED } from "./redact.js";
