import { exitCodeOf } from "../../cli/src/exit-codes.js";
import { UsageError } from "../../cli/src/usage-error.js";
import { ConnectionError } from "../../src/errors/connection-error.js";
import { InvalidArgumentError } from "../../src/errors/invalid-argument-error.js";
import { MalformedResponseError } from "../../src/errors/malformed-response-error.js";
import { OperationFailedError } from "../../src/errors/operation-failed-error.js";
import { UnexpectedResponseError } from "../../src/errors/unexpected-response-error.js";
import { WaitAbortedError } from "../../src/errors/wait-aborted-error.js";
import { WaitTimeoutError } from "../../src/errors/wait-timeout-error.js";

const same = (t: string) => t;
const base = { api: "Dataset", operationId: "op", url: "http://h/x", redact: same };
const stopped = {
  api: "Dataset",
  operationId: "op",
  lastStatus: "Running",
  polls: 2,
  resumeState: "{}",
};
const named = (name: string) => Object.assign(new Error("x"), { name });

it.each([
  ["UsageError", new UsageError("x"), 2],
  ["InvalidArgumentError", new InvalidArgumentError("a", "b", "c"), 2],
  ["OperationFailedError", new OperationFailedError({ ...base, error: undefined, body: {} }), 1],
  ["WaitTimeoutError", new WaitTimeoutError({ ...stopped, maxWaitMs: 1, why: "x" }), 3],
  ["WaitAbortedError", new WaitAbortedError(stopped), 130],
  [
    "UnexpectedResponseError",
    new UnexpectedResponseError({ ...base, status: 401, headers: {}, body: {}, attempts: 1 }),
    4,
  ],
  [
    "MalformedResponseError",
    new MalformedResponseError({ ...base, status: 200, reason: "r", attempts: 1 }),
    4,
  ],
  ["ConnectionError", new ConnectionError({ ...base, reason: "ECONNREFUSED", attempts: 1 }), 4],
  ["CredentialUnavailableError (@azure/identity)", named("CredentialUnavailableError"), 4],
  ["AggregateAuthenticationError (@azure/identity)", named("AggregateAuthenticationError"), 4],
  ["an unclassified error", new TypeError("boom"), 4],
])("%s → %d", (_name, error, code) => expect(exitCodeOf(error)).toBe(code));
