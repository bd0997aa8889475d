import { randomUUID } from "node:crypto";
import { APIS } from "../apis/index.js";
import { API_NAMES } from "../apis/api-name.js";
import type { ApiDefinition } from "../apis/api-definition.js";
import {
  expectObject,
  optionalInteger,
  optionalOneOf,
  optionalString,
  rejectUnknown,
  type Json,
} from "../control/fields.js";
import { ControlRequestError } from "../errors/control-errors.js";
import { parseFaultRule, type ParsedFaultRule } from "../faults/parse-fault.js";
import type { EmulatorLimits } from "../options.js";
import { formatCreated } from "./created.js";
import type { OperationSpec, Outcome, TimelineStep } from "./operation.js";
import { parseErrorDetail } from "./parse-error.js";

/** Ids usable as one path segment without encoding; the Dataset sample id fits. */
const DATASET_ID = /^[A-Za-z0-9._~-]{1,128}$/;

/** The Data Registry document's failed sample, used when a Failed outcome gives no error. */
export const DEFAULT_FAILURE = Object.freeze({
  code: "InvalidData",
  message: "The data is not a valid GeoJSON.",
});

/** The Data Registry document's sample Retry-After, used when an operation gives none. */
export const DEFAULT_RETRY_AFTER = 10;

export interface ParsedOperation {
  spec: OperationSpec;
  faults: ParsedFaultRule[];
}

const FIELDS = [
  "api",
  "id",
  "steps",
  "outcome",
  "retryAfter",
  "created",
  "resourceId",
  "warning",
  "faults",
];
/** Fields only the Dataset document has a place for. */
const DATASET_ONLY = ["created", "resourceId", "warning"];

/** Reads a `POST /_emulator/operations` body; defaults are documented in emulator/README.md. */
export function parseOperation(
  value: unknown,
  limits: EmulatorLimits,
  now: number,
): ParsedOperation {
  const object = expectObject(value, "body");
  rejectUnknown(object, FIELDS, "body");
  const name = optionalOneOf(object, "api", API_NAMES, "body");
  if (name === undefined) {
    throw new ControlRequestError(`body.api is required: one of ${API_NAMES.join(", ")}.`);
  }
  const api = APIS[name];
  const id = optionalString(object, "id", "body", 128) ?? randomUUID();
  checkId(api, id);
  const datasetOnly = DATASET_ONLY.find((field) => object[field] !== undefined);
  if (name !== "dataset" && datasetOnly !== undefined) {
    throw new ControlRequestError(`body.${datasetOnly} applies to the dataset API only.`);
  }
  const resourceId = optionalString(object, "resourceId", "body", 128) ?? randomUUID();
  if (!DATASET_ID.test(resourceId)) {
    throw new ControlRequestError("body.resourceId must match " + DATASET_ID.source + ".");
  }
  const spec: OperationSpec = {
    api: name,
    id,
    created: optionalString(object, "created", "body", 64) ?? formatCreated(now),
    steps: parseSteps(object.steps, api, limits),
    outcome: parseOutcome(object.outcome, api, limits),
    retryAfter:
      optionalInteger(object, "retryAfter", 0, limits.maxRetryAfter, "body") ?? DEFAULT_RETRY_AFTER,
    resourceId,
  };
  const warning =
    object.warning === undefined
      ? undefined
      : parseErrorDetail(object.warning, name, limits, "body.warning");
  return {
    spec: warning === undefined ? spec : { ...spec, warning },
    faults: parseFaults(object.faults, limits),
  };
}

function checkId(api: ApiDefinition, id: string): void {
  const pattern = api.operationIdPattern ?? DATASET_ID;
  if (!pattern.test(id)) {
    throw new ControlRequestError(`body.id must match ${pattern.source} for ${api.name}.`);
  }
}

/** Without steps, one poll per pending status: the shortest timeline that shows them all. */
function parseSteps(value: unknown, api: ApiDefinition, limits: EmulatorLimits): TimelineStep[] {
  if (value === undefined) return api.pendingStatuses.map((status) => ({ status, polls: 1 }));
  if (!Array.isArray(value) || value.length > limits.maxSteps) {
    throw new ControlRequestError(
      `body.steps must be an array of at most ${limits.maxSteps} steps.`,
    );
  }
  return value.map((item, index) => {
    const where = `body.steps[${index}]`;
    const step = expectObject(item, where);
    rejectUnknown(step, ["status", "ms", "polls"], where);
    const status = optionalOneOf(step, "status", api.pendingStatuses, where);
    const ms = optionalInteger(step, "ms", 0, limits.maxStepMs, where);
    const polls = optionalInteger(step, "polls", 0, limits.maxStepPolls, where);
    if (status === undefined) {
      throw new ControlRequestError(`${where}.status is required: one of ${api.pendingStatuses}.`);
    }
    if ((ms === undefined) === (polls === undefined)) {
      throw new ControlRequestError(`${where} needs exactly one of ms or polls.`);
    }
    return ms === undefined ? { status, polls: polls as number } : { status, ms };
  });
}

function parseOutcome(value: unknown, api: ApiDefinition, limits: EmulatorLimits): Outcome {
  const terminal = [api.successStatus, api.failedStatus];
  const object: Json =
    value === undefined || typeof value === "string"
      ? { status: value }
      : expectObject(value, "body.outcome");
  rejectUnknown(object, ["status", "error"], "body.outcome");
  const status = optionalOneOf(object, "status", terminal, "body.outcome") ?? api.successStatus;
  if (status === api.successStatus) {
    if (object.error !== undefined) {
      throw new ControlRequestError(`body.outcome.error is only allowed with ${api.failedStatus}.`);
    }
    return { status };
  }
  if (object.error === undefined) return { status, error: DEFAULT_FAILURE };
  return { status, error: parseErrorDetail(object.error, api.name, limits, "body.outcome.error") };
}

function parseFaults(value: unknown, limits: EmulatorLimits): ParsedFaultRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > limits.maxFaultRules) {
    throw new ControlRequestError(
      `body.faults must be an array of at most ${limits.maxFaultRules} fault rules.`,
    );
  }
  return value.map((item, index) => parseFaultRule(item, limits, `body.faults[${index}]`));
}
