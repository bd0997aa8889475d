import type nock from "nock";
import { findCredentialLeaks, redactDefinition } from "../../../conformance/live/recording.js";

describe("findCredentialLeaks", () => {
  test.each([
    [
      "clean",
      {
        given: '{"reqheaders":{"authorization":"REDACTED"},"path":"/p?subscription-key=REDACTED"}',
        want: [],
      },
    ],
    ["a known secret", { given: '{"body":"echo my-known-secret"}', want: ["secret #1 appears"] }],
    [
      "an Authorization value",
      {
        given: '{"Authorization": "Bearer abcd"}',
        want: [
          "an Authorization header value is not redacted",
          "a bearer or jwt-sas token is not redacted",
        ],
      },
    ],
    [
      "a subscription-key header",
      {
        given: '{"subscription-key":"k"}',
        want: ["a subscription-key header value is not redacted"],
      },
    ],
    [
      "a subscription-key query",
      {
        given: '"/p?api-version=2.0&subscription-key=k"',
        want: ["a subscription-key query value is not redacted"],
      },
    ],
    [
      "a jwt-sas token in a message",
      {
        given: '"sent jwt-sas abcdef"',
        want: ["a bearer or jwt-sas token is not redacted"],
      },
    ],
    // Regression: each of these forms passed the check that a recording holds no credential.
    [
      "the secret upper-cased",
      { given: '{"body":"MY-KNOWN-SECRET"}', want: ["secret #1 appears"] },
    ],
    [
      "the secret in base64",
      {
        given: `{"body":"${Buffer.from("my-known-secret").toString("base64")}"}`,
        want: ["secret #1 appears"],
      },
    ],
    [
      "the secret in JSON \\u escapes",
      { given: '{"body":"\\u006dy-known-secret"}', want: ["secret #1 appears"] },
    ],
    [
      "a subscription-key header as a list",
      {
        given: '{"reqheaders":{"subscription-key":["k"]}}',
        want: ["a subscription-key header value is not redacted"],
      },
    ],
    [
      "nock's flat rawHeaders list with Basic credentials",
      {
        given: '{"rawHeaders":["authorization","Basic dXNlcjpwYXNz"]}',
        want: ["an Authorization header value is not redacted"],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(findCredentialLeaks(given, ["my-known-secret"])).toEqual(want);
  });
});

describe("redactDefinition", () => {
  test("query values, credential headers and echoed secrets are redacted", () => {
    const definition: nock.Definition = {
      scope: "http://127.0.0.1:1",
      method: "GET",
      path: "/datasets/operations/x?api-version=2.0&subscription-key=the-key",
      status: 200,
      response: { message: "your key the-key" },
      reqheaders: {
        authorization: "jwt-sas tok",
        "subscription-key": "the-key",
        accept: "application/json",
      },
    };
    expect(redactDefinition(definition, ["the-key"])).toEqual({
      ...definition,
      path: "/datasets/operations/x?api-version=2.0&subscription-key=REDACTED",
      response: { message: "your key REDACTED" },
      reqheaders: {
        authorization: "REDACTED",
        "subscription-key": "REDACTED",
        accept: "application/json",
      },
    });
  });
});
