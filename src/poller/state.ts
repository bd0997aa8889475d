import type { OperationState, OperationStatus } from "@azure/core-lro";
import type { ApiName } from "../apis.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { checkOperationId, type OperationIdRule } from "../safety/operation-id.js";

/**
 * The poller's state, as `getOperationState()` and `onProgress` give it: core-lro's
 * `OperationState` (`status` in core-lro's vocabulary, `result` once succeeded, `error` once
 * failed) plus what a caller needs to report progress. Strings from the server are redacted.
 */
export interface OperationPollerState<TResult> extends OperationState<TResult> {
  /** The API polled. */
  readonly api: ApiName;
  /** The operation polled. */
  readonly operationId: string;
  /** The last status the service gave, as it wrote it (`Running`, `Completed`, ...). */
  serviceStatus?: string;
  /** Requests sent, retries included, across resumes. */
  polls: number;
  /** Failed polls in a row (reset by an answer with a status). */
  failedPolls: number;
  /** The last failed poll's error while `failedPolls` > 0: a `RestError`. */
  lastPollError?: Error;
  /** The delay `pollUntilDone` waits before its next poll; absent once done. */
  nextPollInMs?: number;
}

/**
 * What a resumed poller needs: which operation, how far it got, and when the server allows the
 * next poll. Deliberately no URL, header, body or credential.
 */
interface SavedState {
  readonly v: 2;
  readonly api: ApiName;
  readonly operationId: string;
  readonly status: OperationStatus;
  readonly serviceStatus?: string;
  readonly polls: number;
  /** Epoch ms before which the next poll is not sent. */
  readonly notBefore: number;
  /** Whether `notBefore` is the server's `Retry-After` (for messages). */
  readonly serverAsked?: true;
}

const EXPECTED = "a string from poller.toString(), serialize() or an error's resumeState";
const STATUSES = new Set<OperationStatus>([
  "notStarted",
  "running",
  "succeeded",
  "failed",
  "canceled",
]);

export function serialiseState(
  state: Pick<
    OperationPollerState<unknown>,
    "api" | "operationId" | "status" | "serviceStatus" | "polls"
  >,
  notBefore: number,
  serverAsked: boolean,
): string {
  const saved: SavedState = {
    v: 2,
    api: state.api,
    operationId: state.operationId,
    status: state.status,
    ...(state.serviceStatus === undefined ? {} : { serviceStatus: state.serviceStatus }),
    polls: state.polls,
    notBefore,
    ...(serverAsked ? { serverAsked: true as const } : {}),
  };
  return JSON.stringify(saved);
}

/** A saved state of `api`'s operation; refuses anything else, naming `argument`. */
export function parseState(
  text: unknown,
  api: ApiName,
  rule: OperationIdRule,
  argument = "options.restoreFrom",
): SavedState {
  const refuse = (why: string): never => {
    throw new InvalidArgumentError(argument, EXPECTED, why);
  };
  if (typeof text !== "string") return refuse(`a ${typeof text}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("text that is not JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return refuse("JSON that is not an object");
  }
  const value = raw as Record<string, unknown>;
  if (value.v !== 2) return refuse(`state version ${JSON.stringify(value.v) ?? "none"}`);
  if (value.api !== api) return refuse(`the state of another API's operation`);
  const polls = value.polls;
  if (typeof polls !== "number" || !Number.isSafeInteger(polls) || polls < 0) {
    return refuse("a state with a bad poll count");
  }
  const notBefore = value.notBefore;
  if (typeof notBefore !== "number" || !Number.isFinite(notBefore)) {
    return refuse("a state with a bad notBefore");
  }
  if (!STATUSES.has(value.status as OperationStatus)) return refuse("a state with a bad status");
  const serviceStatus = value.serviceStatus;
  if (
    serviceStatus !== undefined &&
    (typeof serviceStatus !== "string" || serviceStatus.length > 256)
  ) {
    return refuse("a state with a bad serviceStatus");
  }
  return {
    v: 2,
    api,
    operationId: checkOperationId(value.operationId, rule, `${argument}.operationId`),
    status: value.status as OperationStatus,
    ...(serviceStatus === undefined ? {} : { serviceStatus }),
    polls,
    notBefore,
    ...(value.serverAsked === true ? { serverAsked: true as const } : {}),
  };
}
