import { AbortError } from "@azure/abort-controller";
import { RestError } from "@azure/core-rest-pipeline";
import { exitCodeOf } from "../../cli/src/exit-codes.js";
import { UsageError } from "../../cli/src/usage-error.js";
import {
  InvalidArgumentError,
  OperationFailedError,
  OperationTimeoutError,
} from "../../src/index.js";

const named = (name: string) => Object.assign(new Error("x"), { name });

it.each([
  ["UsageError", new UsageError("x"), 2],
  ["InvalidArgumentError", new InvalidArgumentError("a", "b", "c"), 2],
  [
    "OperationFailedError",
    new OperationFailedError("m", { operationId: "op", status: "Failed", error: undefined }),
    1,
  ],
  [
    "OperationTimeoutError",
    new OperationTimeoutError("m", {
      operationId: "op",
      lastStatus: "Running",
      polls: 2,
      reason: "time ran out",
      resumeState: "{}",
    }),
    3,
  ],
  ["AbortError", new AbortError("stopped"), 130],
  ["RestError (an HTTP status)", new RestError("x", { statusCode: 401, code: "Unauthorized" }), 4],
  ["RestError (no answer)", new RestError("x", { code: "ECONNREFUSED" }), 4],
  ["CredentialUnavailableError (@azure/identity)", named("CredentialUnavailableError"), 4],
  ["AggregateAuthenticationError (@azure/identity)", named("AggregateAuthenticationError"), 4],
  ["an unclassified error", new TypeError("boom"), 4],
])("%s → %d", (_name, error, code) => expect(exitCodeOf(error)).toBe(code));
