import {
  expectObject,
  optionalInteger,
  optionalOneOf,
  optionalString,
  rejectUnknown,
} from "../control/fields.js";
import { ControlRequestError } from "../errors/control-errors.js";
import type { EmulatorLimits } from "../options.js";
import { FAULT_KINDS, type Fault } from "./fault.js";

export interface ParsedFaultRule {
  fault: Fault;
  count: number;
}

/** `{ "kind": "throttle", "retryAfter": 2, "count": 3 }` → a fault and how many requests it hits. */
export function parseFaultRule(
  value: unknown,
  limits: EmulatorLimits,
  where: string,
): ParsedFaultRule {
  const object = expectObject(value, where);
  const kind = optionalOneOf(object, "kind", FAULT_KINDS, where);
  if (kind === undefined) {
    throw new ControlRequestError(`${where}.kind is required: one of ${FAULT_KINDS.join(", ")}.`);
  }
  const count = optionalInteger(object, "count", 1, limits.maxFaultCount, where) ?? 1;
  const int = (key: string, max: number) => optionalInteger(object, key, 0, max, where);
  const only = (...keys: string[]) => rejectUnknown(object, ["kind", "count", ...keys], where);
  let fault: Fault;
  switch (kind) {
    case "latency": {
      only("ms");
      const ms = int("ms", limits.maxLatencyMs);
      if (ms === undefined) throw new ControlRequestError(`${where}.ms is required for latency.`);
      fault = { kind, ms };
      break;
    }
    case "throttle":
      only("retryAfter");
      fault = { kind, retryAfter: int("retryAfter", limits.maxRetryAfter) ?? 1 };
      break;
    case "unavailable": {
      only("retryAfter");
      const retryAfter = int("retryAfter", limits.maxRetryAfter);
      fault = retryAfter === undefined ? { kind } : { kind, retryAfter };
      break;
    }
    case "wrongContentType":
      only("contentType");
      fault = { kind, contentType: optionalString(object, "contentType", where) ?? "text/plain" };
      break;
    case "missingProperty":
      only("property");
      fault = { kind, property: optionalString(object, "property", where) ?? "status" };
      break;
    case "badHeader": {
      only("value");
      const headerValue = optionalString(object, "value", where);
      if (headerValue !== undefined && !/^[\x20-\x7e]+$/.test(headerValue)) {
        throw new ControlRequestError(`${where}.value must be printable ASCII.`);
      }
      fault = headerValue === undefined ? { kind } : { kind, value: headerValue };
      break;
    }
    default:
      only();
      fault = { kind };
  }
  return { fault, count };
}
