import {
  ConnectionError,
  InvalidArgumentError,
  isConnectionError,
  isInvalidArgumentError,
  isMalformedResponseError,
  isMapsOperationsError,
  isOperationFailedError,
  isUnexpectedResponseError,
  isWaitAbortedError,
  isWaitTimeoutError,
  MapsOperationsError,
  OperationFailedError,
  UnexpectedResponseError,
} from "../../../src/index.js";
import { redactSecrets, redactUrl } from "../../../src/errors/redact.js";

/** What an error from another copy of the package looks like: same name and code, other class. */
const foreign = (name: string, code: string) => Object.assign(new Error("x"), { name, code });

describe("type guards work across package copies", () => {
  it.each([
    [isInvalidArgumentError, "InvalidArgumentError", "InvalidArgument"],
    [isOperationFailedError, "OperationFailedError", "OperationFailed"],
    [isUnexpectedResponseError, "UnexpectedResponseError", "UnexpectedResponse"],
    [isConnectionError, "ConnectionError", "ConnectionFailed"],
    [isMalformedResponseError, "MalformedResponseError", "MalformedResponse"],
    [isWaitTimeoutError, "WaitTimeoutError", "WaitTimeout"],
    [isWaitAbortedError, "WaitAbortedError", "WaitAborted"],
  ] as const)("%p", (guard, name, code) => {
    expect(guard(foreign(name, code))).toBe(true);
    expect(isMapsOperationsError(foreign(name, code))).toBe(true);
    expect(guard(foreign(name, "Other"))).toBe(false);
    expect(guard(new Error(name))).toBe(false);
    expect(guard(undefined)).toBe(false);
  });

  it("instances are MapsOperationsError with a code", () => {
    const error = new InvalidArgumentError("operationId", "a GUID", '"x"');
    expect(error).toBeInstanceOf(MapsOperationsError);
    expect([error.name, error.code, error.argument, error.expected, error.message]).toEqual([
      "InvalidArgumentError",
      "InvalidArgument",
      "operationId",
      "a GUID",
      'operationId must be a GUID; got "x".',
    ]);
  });
});

describe("redaction", () => {
  it.each([
    [
      "https://h/p?api-version=2.0&subscription-key=s3cret",
      "https://h/p?api-version=2.0&subscription-key=REDACTED",
    ],
    ["https://u:pw@h/p#frag", "https://h/p"],
    ["https://h/p?sig=abc&API-VERSION=1", "https://h/p?sig=REDACTED&API-VERSION=1"],
    ["not a url", "(unparseable URL)"],
  ])("redactUrl(%p)", (url, want) => {
    expect(redactUrl(url)).toBe(want);
  });

  it("redactSecrets replaces every occurrence and ignores tiny values", () => {
    expect(redactSecrets("key abcd then abcd; x", ["abcd", "x"])).toBe(
      "key REDACTED then REDACTED; x",
    );
  });

  it("messages of response errors name API, operation, URL (redacted) and status, and drop secrets", () => {
    const redact = (text: string) => redactSecrets(text, ["the-key-value"]);
    const unexpected = new UnexpectedResponseError({
      api: "Dataset",
      operationId: "op",
      url: redactUrl(
        "https://us.atlas.microsoft.com/datasets/operations/op?api-version=2.0&subscription-key=the-key-value",
      ),
      status: 401,
      headers: {},
      body: { error: { code: "Unauthorized", message: "key the-key-value is not valid" } },
      attempts: 1,
      redact,
    });
    expect(unexpected.message).toBe(
      'Dataset Get Operation for "op" failed at GET https://us.atlas.microsoft.com/datasets/operations/op?api-version=2.0&subscription-key=REDACTED: HTTP 401 Unauthorized: key REDACTED is not valid',
    );
    const failed = new OperationFailedError({
      api: "Data Registry",
      operationId: "op",
      url: "https://h/x",
      error: { code: "E", message: "Bearer the-key-value rejected" },
      body: {},
      redact,
    });
    expect(failed.message).toBe(
      'Data Registry operation "op" failed at GET https://h/x (HTTP 200, status Failed): E: Bearer REDACTED rejected',
    );
    const connection = new ConnectionError({
      api: "Dataset",
      operationId: "op",
      url: "https://h/x",
      reason: "ECONNRESET",
      attempts: 3,
      redact,
    });
    expect(connection.message).toBe(
      'Dataset Get Operation for "op" got no answer from GET https://h/x: ECONNRESET (after 3 attempts)',
    );
  });
});
