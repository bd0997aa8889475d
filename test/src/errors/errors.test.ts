import { inspect } from "node:util";
import {
  InvalidArgumentError,
  isInvalidArgumentError,
  isMapsOperationsError,
  isOperationFailedError,
  isOperationTimeoutError,
  MapsOperationsError,
  OperationFailedError,
  OperationTimeoutError,
  REST_ERROR_CODES,
} from "../../../src/index.js";
import { redactSecrets, redactUrl } from "../../../src/errors/redact.js";
import {
  malformedResponseError,
  transportError,
  unexpectedStatusError,
} from "../../../src/errors/rest-errors.js";

/** What an error from another copy of the package looks like: same name and code, other class. */
const foreign = (name: string, code: string) => Object.assign(new Error("x"), { name, code });

describe("type guards work across package copies", () => {
  it.each([
    [isInvalidArgumentError, "InvalidArgumentError", "InvalidArgument"],
    [isOperationFailedError, "OperationFailedError", "OperationFailed"],
    [isOperationTimeoutError, "OperationTimeoutError", "OperationTimeout"],
  ] as const)("%p", (guard, name, code) => {
    expect(guard(foreign(name, code))).toBe(true);
    expect(isMapsOperationsError(foreign(name, code))).toBe(true);
    expect(guard(foreign(name, "Other"))).toBe(false);
    expect(isMapsOperationsError(foreign(name, "Other"))).toBe(false);
    expect(guard(new Error(name))).toBe(false);
    expect(guard(undefined)).toBe(false);
  });

  it("instances are MapsOperationsError with a code and plain fields", () => {
    const error = new InvalidArgumentError("operationId", "a GUID", '"x"');
    expect(error).toBeInstanceOf(MapsOperationsError);
    expect([error.name, error.code, error.argument, error.expected, error.message]).toEqual([
      "InvalidArgumentError",
      "InvalidArgument",
      "operationId",
      "a GUID",
      'operationId must be a GUID; got "x".',
    ]);
    const failed = new OperationFailedError("m", {
      operationId: "op",
      status: "Failed",
      error: { code: "E", message: "bad", details: [{ code: "D" }] },
    });
    expect([failed.code, failed.serviceCode, failed.details, failed.status]).toEqual([
      "OperationFailed",
      "E",
      [{ code: "D" }],
      "Failed",
    ]);
    const timeout = new OperationTimeoutError("m", {
      operationId: "op",
      lastStatus: "Running",
      polls: 2,
      reason: "time ran out",
      resumeState: "{}",
    });
    expect([timeout.code, timeout.resumeState, timeout.reason]).toEqual([
      "OperationTimeout",
      "{}",
      "time ran out",
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

  it("redactSecrets replaces every occurrence, encoded and escaped forms too, and ignores tiny values", () => {
    expect(redactSecrets("key abcd then abcd; x", ["abcd", "x"])).toBe(
      "key REDACTED then REDACTED; x",
    );
    expect(redactSecrets('u=a%2Fb%3D%3D&j="a/b=="', ["a/b=="])).toBe('u=REDACTED&j="REDACTED"');
    expect(redactSecrets('{"k":"q\\"uo\\"te"}', ['q"uo"te'])).toBe('{"k":"REDACTED"}');
  });

  // Regression: a hostile server's upper-cased or base64 echo of the key was printed as it was.
  it("redactSecrets also finds a secret in another letter case, and in base64 and base64url", () => {
    const key = "Ab3+/xYz-key_09";
    const b64 = Buffer.from(key).toString("base64");
    const b64url = Buffer.from(key).toString("base64url");
    const text = `a ${key.toUpperCase()} b ${key.toLowerCase()} c ${b64} d ${b64url} e`;
    expect(redactSecrets(text, [key])).toBe("a REDACTED b REDACTED c REDACTED d REDACTED e");
    expect(redactSecrets("the (a.b*c) value", ["(a.b*c)"])).toBe("the REDACTED value");
    expect(redactSecrets("the (aXb*c) value", ["(a.b*c)"])).toBe("the (aXb*c) value");
  });
});

describe("RestErrors this package builds hold no credential, in any form", () => {
  const SECRET = "the-key-value-0123";
  const context = {
    title: "Dataset",
    operationId: "op",
    redact: (text: string) => redactSecrets(text, [SECRET]),
  };
  const url = `https://us.atlas.microsoft.com/datasets/operations/op?api-version=2.0&subscription-key=${SECRET}`;
  const forms = (error: Error) => [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    JSON.stringify((error as { response?: unknown }).response ?? null),
    JSON.stringify((error as { request?: unknown }).request ?? null),
  ];

  it.each([
    [
      "an HTTP error echoing the key in x-ms-error-code and the body",
      unexpectedStatusError(context, {
        method: "GET",
        url,
        status: 401,
        headers: { "x-ms-error-code": `Bad${SECRET}`, "content-type": "application/json" },
        body: { error: { code: "Unauthorized", message: `key ${SECRET} is not valid` } },
      }),
      401,
      `BadREDACTED`,
    ],
    [
      "a malformed answer",
      malformedResponseError(
        context,
        { method: "GET", url, status: 200, headers: { "resource-location": `x${SECRET}` } },
        `status ${SECRET}`,
      ),
      200,
      REST_ERROR_CODES.malformed,
    ],
    [
      "no answer",
      transportError(
        context,
        { method: "GET", url },
        { code: "ECONNRESET", message: `reset ${SECRET}` },
      ),
      undefined,
      "ECONNRESET",
    ],
  ])("%s", (_name, error, statusCode, code) => {
    expect([error.name, error.statusCode, error.code]).toEqual(["RestError", statusCode, code]);
    for (const text of forms(error)) expect(text).not.toContain(SECRET);
    expect(error.message).toContain(
      "GET https://us.atlas.microsoft.com/datasets/operations/op?api-version=2.0&subscription-key=REDACTED",
    );
    expect(error.request?.headers.toJSON()).toEqual({});
  });
});
