import { AzureKeyCredential } from "@azure/core-auth";
import { parseCallOptions } from "../../cli/src/args.js";
import { createCliClient } from "../../cli/src/client.js";
import { isUsageError } from "../../cli/src/usage-error.js";

describe("createCliClient", () => {
  const key = { kind: "key" as const, credential: new AzureKeyCredential("the-key-1234") };

  it.each([
    ["http to a remote host", "http://example.com"],
    ["a key in the endpoint's query", "https://h/?subscription-key=secret-in-url"],
    ["user info", "https://user:secret-in-url@h"],
    ["not a URL", "maps.example.com"],
  ])("refuses %s as a usage error naming --endpoint, never echoing it", (_name, endpoint) => {
    const options = parseCallOptions("op", { api: "dataset", endpoint });
    let thrown: unknown;
    try {
      createCliClient(options, key);
    } catch (error) {
      thrown = error;
    }
    expect(isUsageError(thrown)).toBe(true);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^--endpoint must be an absolute https URL/);
    expect(message).not.toContain(endpoint);
    expect(message).not.toContain("secret-in-url");
  });

  it("takes a loopback http endpoint (an emulator)", () => {
    const options = parseCallOptions("op", { api: "dataset", endpoint: "http://127.0.0.1:4010/" });
    expect(typeof createCliClient(options, key).path).toBe("function");
  });
});
