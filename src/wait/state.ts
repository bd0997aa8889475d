import type { ApiName } from "../apis.js";
import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { checkOperationId, type OperationIdRule } from "../safety/operation-id.js";

/**
 * What a waiter must remember to be continued by another: which operation, how far it got and
 * when the server allows the next poll. Deliberately no URL, header or credential.
 */
export interface WaitState {
  api: ApiName;
  operationId: string;
  polls: number;
  lastStatus: string | undefined;
  /** Epoch ms before which the server asked not to be polled. */
  notBefore: number;
}

const VERSION = 1;
const EXPECTED = "a string from OperationProgress.resumeState or an error's resumeState";

export function serialiseState(state: WaitState): string {
  return JSON.stringify({
    v: VERSION,
    api: state.api,
    operationId: state.operationId,
    polls: state.polls,
    ...(state.lastStatus === undefined ? {} : { lastStatus: state.lastStatus }),
    notBefore: state.notBefore,
  });
}

export function parseState(text: unknown, api: ApiName, rule: OperationIdRule): WaitState {
  const refuse = (why: string): never => {
    throw new InvalidArgumentError("resumeState", EXPECTED, why);
  };
  if (typeof text !== "string") return refuse(`a ${typeof text}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("text that is not JSON");
  }
  if (typeof raw !== "object" || raw === null) return refuse("JSON that is not an object");
  const value = raw as Record<string, unknown>;
  if (value.v !== VERSION) return refuse(`state version ${String(value.v)}`);
  if (value.api !== api) return refuse(`the state of a ${String(value.api)} operation`);
  const polls = value.polls;
  if (typeof polls !== "number" || !Number.isSafeInteger(polls) || polls < 0) {
    return refuse("a state with a bad poll count");
  }
  const notBefore = value.notBefore;
  if (typeof notBefore !== "number" || !Number.isFinite(notBefore)) {
    return refuse("a state with a bad notBefore");
  }
  const lastStatus = value.lastStatus;
  if (lastStatus !== undefined && typeof lastStatus !== "string") {
    return refuse("a state with a bad lastStatus");
  }
  return {
    api,
    operationId: checkOperationId(value.operationId, rule, "resumeState.operationId"),
    polls,
    lastStatus,
    notBefore,
  };
}
