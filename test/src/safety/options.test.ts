import { AzureKeyCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  isInvalidArgumentError,
  type MapsOperationsClientOptions,
} from "../../../src/index.js";
import { KEY } from "../helpers/credentials.js";

const make = (options: unknown) =>
  createDatasetOperationsClient(
    new AzureKeyCredential(KEY),
    options as MapsOperationsClientOptions,
  );

function refusal(options: unknown): string {
  try {
    make(options);
  } catch (error) {
    expect(isInvalidArgumentError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("options.geography", () => {
  it.each([
    ["US"],
    ["asia"],
    [""],
    ["us.evil.com/"],
    ["evil.com#"],
    ["127.0.0.1:1/x?"],
    ["us@evil.com"],
    [1],
    [null],
  ])("refuses %p", (geography) => {
    expect(refusal({ geography })).toMatch(/^options\.geography must be "us" or "eu"; got /);
  });

  it("refuses a bad geography even when an endpoint is given", () => {
    expect(refusal({ geography: "evil.com/", endpoint: "https://us.atlas.microsoft.com" })).toMatch(
      /^options\.geography must be/,
    );
  });
});

describe("options.endpoint", () => {
  it.each([
    ["us.atlas.microsoft.com"],
    ["/relative"],
    ["ftp://host"],
    ["http://us.atlas.microsoft.com"],
    ["http://10.0.0.1"],
    ["http://localhost.evil.com"],
    ["http://127.0.0.1.nip.io"],
    ["https://user:pass@host"],
    ["https://evil.com@us.atlas.microsoft.com"],
    ["https://host/?subscription-key=abc"],
    ["https://host/#x"],
    ["https://host?"],
    ["javascript:alert(1)"],
    [""],
    [42],
  ])("refuses %p", (endpoint) => {
    expect(refusal({ endpoint })).toMatch(
      /^options\.endpoint must be an absolute https URL with no user info, query or fragment \(http only for 127\.0\.0\.0\/8 or localhost\); got /,
    );
  });

  it.each([
    ["https://us.atlas.azure.us"],
    ["https://us.atlas.microsoft.com/"],
    ["https://127.0.0.1:8443/prefix"],
    ["http://127.0.0.1:8080"],
    ["http://127.5.6.7"],
    ["http://localhost:1234"],
  ])("accepts %p", (endpoint) => {
    expect(() => make({ endpoint })).not.toThrow();
  });

  // ipv6-loopback-endpoint: `http://[::1]` was accepted, then every call failed with
  // `getaddrinfo ENOTFOUND [::1]` (core hands the bracketed host to DNS).
  it.each([
    ["http://[::1]:1234", "http://[::1]:1234"],
    ["https://[::1]", "https://[::1]"],
    ["http://[::ffff:127.0.0.1]", "http://[::ffff:7f00:1]"],
    ["https://[2001:db8::1]:8443/prefix", "https://[2001:db8::1]:8443"],
  ])("refuses the IPv6 literal %p, suggesting http://127.0.0.1", (endpoint, shown) => {
    expect(refusal({ endpoint })).toBe(
      "options.endpoint must be a URL whose host is a name or an IPv4 address, not an IPv6" +
        " literal (which the HTTP client cannot reach); for a local server use" +
        ` http://127.0.0.1:<port>; got ${JSON.stringify(shown)}.`,
    );
  });
});

describe("other options", () => {
  it.each([["2.0&subscription-key=x"], ["2.0#"], [""], ["../1"], [2]])(
    "refuses apiVersion %p",
    (apiVersion) => {
      expect(refusal({ apiVersion })).toMatch(/^options\.apiVersion must be a version such as/);
    },
  );

  it.each([["baseUrl"], ["credentials"], ["pipeline"], ["allowInsecureConnection"]])(
    "refuses options.%s, which would bypass a check",
    (key) => {
      expect(refusal({ [key]: "https://evil.example" })).toMatch(
        new RegExp(`^options\\.${key} must be absent`),
      );
    },
  );

  // redirect-exit2: redirects are never followed, so the option would be silently ignored.
  it("refuses options.redirectOptions, which this client would ignore", () => {
    expect(refusal({ redirectOptions: { maxRetries: 5 } })).toBe(
      "options.redirectOptions must be absent (this client never follows redirects: a 3xx is an" +
        " unexpected status); got an object.",
    );
  });

  it("refuses options that are not an object", () => {
    expect(() =>
      createDataRegistryOperationsClient(new AzureKeyCredential(KEY), "x" as never),
    ).toThrow(/^options must be an object/);
  });
});
