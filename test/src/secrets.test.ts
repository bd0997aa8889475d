import { AzureKeyCredential, AzureSASCredential } from "@azure/core-auth";
import {
  createDataRegistryOperationsClient,
  createDatasetOperationsClient,
  waitForOperation,
} from "../../src/index.js";
import { fast, registry } from "./helpers/answers.js";
import {
  CLIENT_ID,
  DATASET_ID,
  DR_ID,
  KEY,
  RecordingTokenCredential,
  SAS,
} from "./helpers/credentials.js";
import { captureLogs } from "./helpers/logs.js";
import { useServer, type Answer } from "./helpers/server.js";
import { selfSignedCertificate } from "./helpers/tls.js";
import { inspect } from "node:util";

const TOKEN = "secret-bearer-token-9876543210";
const SECRETS = [KEY, SAS, TOKEN];

const logs = captureLogs();
const tls = selfSignedCertificate();
const server = useServer(() => tls);
afterAll(() => {
  const all = logs();
  // The capture worked: core's request log and our waiter's log are there.
  expect(all).toContain("Request: {");
  expect(all).toContain("Data Registry operation poll");
  for (const secret of SECRETS) expect(all).not.toContain(secret);
});

/** A wait that sees a fault, a status, an error echoing the secret, then the same for 401. */
const SCRIPT = (echo: string): Answer[] => [
  { status: 503, headers: { "retry-after": "0" } },
  registry("Running", "0"),
  {
    status: 401,
    headers: { "x-ms-error-code": "Unauthorized" },
    body: { error: { code: "Unauthorized", message: `credential ${echo} refused` } },
  },
];

const clients = {
  key: () =>
    createDataRegistryOperationsClient(new AzureKeyCredential(KEY), {
      endpoint: server().url,
      agent: tls.agent,
    }),
  sas: () =>
    createDataRegistryOperationsClient(new AzureSASCredential(SAS), {
      endpoint: server().url,
      agent: tls.agent,
    }),
  token: () =>
    createDataRegistryOperationsClient(new RecordingTokenCredential(TOKEN), CLIENT_ID, {
      endpoint: server().url,
      agent: tls.agent,
    }),
};

describe.each([
  ["key", KEY],
  ["sas", SAS],
  ["token", TOKEN],
] as const)(
  "%s credential: the secret is sent, never logged, never in errors or state",
  (kind, secret) => {
    it("waits through a fault and a 401 that echoes the secret", async () => {
      server().script(SCRIPT(secret));
      let state = "";
      const thrown = await waitForOperation(clients[kind](), DR_ID, {
        ...fast,
        onProgress: (p) => (state = p.resumeState),
      }).catch((e: unknown) => e);
      const sent = JSON.stringify(server().requests.map((r) => r.headers));
      expect(sent).toContain(secret);
      expect((thrown as Error).message).toContain("credential REDACTED refused");
      expect((thrown as Error).message).not.toContain(secret);
      expect(inspect(thrown, { depth: 5 })).not.toContain(secret);
      expect(JSON.stringify(thrown)).not.toContain(secret);
      expect(state).not.toBe("");
      expect(state).not.toContain(secret);
      expect(inspect(clients[kind]())).not.toContain(secret);
    });
  },
);

it("a subscription-key put in the query by the caller is redacted by core's logging policy", async () => {
  server().script([registry("Running")]);
  const client = createDatasetOperationsClient(new AzureKeyCredential(KEY), {
    endpoint: server().url,
    agent: tls.agent,
  });
  await client
    .path("/datasets/operations/{operationId}", DATASET_ID)
    .get({ queryParameters: { "subscription-key": KEY } });
  expect(server().requests[0]?.target).toContain(`subscription-key=${KEY}`);
  expect(logs()).toContain("subscription-key=REDACTED");
});
