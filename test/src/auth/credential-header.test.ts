/**
 * direct-response-request-key: `client.path(...).get()` hands back the request it sent, and that
 * request still held the credential header, so `util.inspect(response)` or
 * `JSON.stringify(response.request)` printed the key (SAS signature, bearer token, client id).
 */
import { inspect } from "node:util";
import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import { isRestError } from "@azure/core-rest-pipeline";
import { createDataRegistryOperationsClient } from "../../../src/index.js";
import { registry } from "../helpers/answers.js";
import { CLIENT_ID, DR_ID, KEY, RecordingTokenCredential, SAS } from "../helpers/credentials.js";
import { useServer } from "../helpers/server.js";
import { selfSignedCertificate } from "../helpers/tls.js";

const TOKEN = "header-bearer-token-5555555555";
const tls = selfSignedCertificate();
const server = useServer(() => tls);
const options = () => ({
  endpoint: server().url,
  agent: tls.agent,
  retryOptions: { retryDelayInMs: 1 },
});

const cases = [
  ["key", [KEY], () => createDataRegistryOperationsClient(new AzureKeyCredential(KEY), options())],
  ["SAS", [SAS], () => createDataRegistryOperationsClient(new AzureSASCredential(SAS), options())],
  [
    "token",
    [TOKEN, CLIENT_ID],
    () =>
      createDataRegistryOperationsClient(new RecordingTokenCredential(TOKEN), CLIENT_ID, options()),
  ],
] as const;

describe.each(cases)("%s credential", (_kind, secrets, make) => {
  const get = () => make().path("/dataRegistries/operations/{operationId}", DR_ID).get();

  it("is sent on every attempt but is not on the response's request afterwards", async () => {
    // A 503 first: core's retry sends the same request object again, which must be signed again.
    server().script([{ status: 503 }, registry("Running")]);
    const response = await get();
    expect(response.status).toBe("200");
    const sent = server().requests.map((r) => JSON.stringify(r.headers));
    expect(sent).toHaveLength(2);
    for (const secret of secrets) {
      for (const headers of sent) expect(headers).toContain(secret);
      expect(inspect(response, { depth: 10 })).not.toContain(secret);
      expect(JSON.stringify(response.request)).not.toContain(secret);
      expect(JSON.stringify(response.request.headers.toJSON())).not.toContain(secret);
    }
  });

  it("is not on the request of core's RestError when the send fails", async () => {
    server().script(["reset"]);
    const error = await Promise.resolve(get()).catch((e: unknown) => e);
    expect(isRestError(error)).toBe(true);
    const request = (error as { request?: { headers: { toJSON(): object } } }).request;
    for (const secret of secrets) {
      expect(inspect(error, { depth: 10 })).not.toContain(secret);
      expect(JSON.stringify(request?.headers.toJSON() ?? {})).not.toContain(secret);
    }
  });
});
